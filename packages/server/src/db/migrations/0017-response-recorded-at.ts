/**
 * When a score was entered, apart from when it was answered: a paper form entered in clinic after
 * the last signed note, though answered before it, still belongs in the next note's pre-fill.
 * Null for rows stored before this column (and demo data): recorded when answered.
 */
export const up = /* sql */ `
alter table questionnaire_responses add column recorded_at timestamptz;
create index questionnaire_responses_recorded
  on questionnaire_responses (organization_id, patient_id, recorded_at)
  where recorded_at is not null;
`;
