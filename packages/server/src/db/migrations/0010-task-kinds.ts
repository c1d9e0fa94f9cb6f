/**
 * The full vocabulary of care-team task kinds, in one place, so that later features (monitoring,
 * visits, messages, refills, check-ins, side-effect reports) add tasks without each migration
 * redefining the constraint.
 */
export const TASK_KINDS = [
  'safety',
  'adherence',
  'follow-up',
  'refill',
  'lab',
  'monitoring',
  'message',
  'check-in',
  'side-effect',
  'note',
  'appointment',
  'other',
] as const;

export const up = /* sql */ `
alter table tasks drop constraint if exists tasks_kind_check;
alter table tasks add constraint tasks_kind_check
  check (kind in (${TASK_KINDS.map((kind) => `'${kind}'`).join(', ')}));
`;
