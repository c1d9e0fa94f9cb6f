/**
 * A fill entered in error (wrong patient, wrong drug, a pickup that did not happen) is kept and
 * marked, never deleted: who marked it, when and why. Marked fills no longer count towards
 * adherence by refill dates (proportion of days covered).
 */
export const up = /* sql */ `
alter table medication_fills add column error_reason text;
alter table medication_fills add column status_changed_at timestamptz;
alter table medication_fills add column status_changed_by uuid references users(id);
alter table medication_fills add constraint medication_fills_error_reason_check
  check (status <> 'entered-in-error' or error_reason is not null);

grant update (error_reason, status_changed_at, status_changed_by) on medication_fills to titrate_app;
`;
