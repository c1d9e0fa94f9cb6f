/**
 * Care-team membership keeps its history: leaving a care team sets `removed_at` instead of
 * deleting the row (who was on the team when is part of the record).
 */
export const up = /* sql */ `
alter table care_team_members add column removed_at timestamptz;
alter table care_team_members add column added_by uuid references users(id);
create index care_team_active on care_team_members (organization_id, user_id) where removed_at is null;
`;
