/**
 * Between visits (issue #6 items 2, 3, 6; issue #5 item 4):
 *
 * - `scale_assignments`: which rating scales the care team asked the patient to complete, and how
 *   often (every N days, or by phase: acute every 14 days, stable every 30), and before visits.
 * - `daily_check_ins`: the one-minute check-in (mood, anxiety, sleep, cravings, substance use,
 *   side effects, "Are you safe right now?"). An unsafe answer opens an urgent task in the same
 *   transaction (`safety_task_id`).
 * - `side_effect_reports` (FHIR AdverseEvent): symptom, severity, since when, suspected order.
 * - `messages` (FHIR Communication): patient ↔ care team, non-urgent by label.
 * - `refill_requests`: a patient's request, the clinic policy's decision, and staff's decision.
 * - `check_in_nudges`: one row per patient per day a due-check-in nudge was sent (idempotency).
 *
 * Nothing clinical is deleted: rows are `entered-in-error` instead.
 */
export const up = /* sql */ `
create table scale_assignments (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id),
  patient_id uuid not null references patients(id),
  instrument text not null,
  cadence text not null check (cadence in ('interval','phase')),
  interval_days integer check (interval_days between 1 and 365),
  phase text check (phase in ('acute','stable')),
  before_visit boolean not null default false,
  start_date date not null,
  active boolean not null default true,
  created_by uuid not null references users(id),
  created_at timestamptz not null,
  updated_by uuid references users(id),
  updated_at timestamptz not null,
  version integer not null default 1,
  check ((cadence = 'interval' and interval_days is not null) or (cadence = 'phase' and phase is not null))
);
create index scale_assignments_patient on scale_assignments (organization_id, patient_id) where active;

create table daily_check_ins (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id),
  patient_id uuid not null references patients(id),
  check_in_date date not null,
  mood integer check (mood between 0 and 10),
  anxiety integer check (anxiety between 0 and 10),
  sleep_hours numeric check (sleep_hours between 0 and 24),
  sleep_quality integer check (sleep_quality between 1 and 5),
  cravings integer check (cravings between 0 and 10),
  substance_use boolean,
  substance_use_detail text,
  side_effects jsonb not null default '[]'::jsonb,
  note text,
  safe boolean not null,
  safety_task_id uuid references tasks(id),
  entered_by uuid not null references users(id),
  status text not null default 'final' check (status in ('final','entered-in-error')),
  created_at timestamptz not null
);
create index daily_check_ins_patient on daily_check_ins (organization_id, patient_id, check_in_date desc);

create table side_effect_reports (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id),
  patient_id uuid not null references patients(id),
  symptom text not null,
  severity text not null check (severity in ('mild','moderate','severe','life-threatening')),
  since date,
  medication_order_id uuid references medication_orders(id),
  note text,
  task_id uuid references tasks(id),
  reported_by uuid not null references users(id),
  status text not null default 'final' check (status in ('final','entered-in-error')),
  created_at timestamptz not null
);
create index side_effect_reports_patient on side_effect_reports (organization_id, patient_id, created_at desc);

create table messages (
  id uuid primary key,
  organization_id uuid not null references organizations(id),
  patient_id uuid not null references patients(id),
  thread_id uuid not null,
  subject text,
  body text not null,
  sender_id uuid not null references users(id),
  sender_kind text not null check (sender_kind in ('patient','staff')),
  not_safe boolean not null default false,
  task_id uuid references tasks(id),
  read_at timestamptz,
  read_by uuid references users(id),
  created_at timestamptz not null
);
create index messages_patient on messages (organization_id, patient_id, created_at desc);
create index messages_thread on messages (organization_id, thread_id, created_at);

create table refill_requests (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id),
  patient_id uuid not null references patients(id),
  medication_order_id uuid not null references medication_orders(id),
  status text not null
    check (status in ('requested','approved','denied','needs-visit','needs-prescription','sent')),
  policy_decision text not null,
  policy_reason text not null,
  review_date date not null,
  note text,
  requested_by uuid not null references users(id),
  requested_at timestamptz not null,
  decided_by uuid references users(id),
  decided_at timestamptz,
  decision_note text,
  task_id uuid references tasks(id),
  updated_at timestamptz not null,
  version integer not null default 1
);
create index refill_requests_queue on refill_requests (organization_id, status, review_date);
create index refill_requests_patient on refill_requests (organization_id, patient_id, requested_at desc);

create table check_in_nudges (
  organization_id uuid not null references organizations(id),
  patient_id uuid not null references patients(id),
  nudge_date date not null,
  channel text,
  sent_at timestamptz not null,
  primary key (organization_id, patient_id, nudge_date)
);

do $$
declare t text;
begin
  foreach t in array array['scale_assignments', 'daily_check_ins', 'side_effect_reports', 'messages',
                           'refill_requests', 'check_in_nudges'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (organization_id = app_current_org())
                    with check (organization_id = app_current_org())', t);
  end loop;
end $$;

-- No delete anywhere. Messages change only by being read.
grant select, insert, update on scale_assignments, daily_check_ins, side_effect_reports, refill_requests
  to titrate_app;
grant select, insert on messages, check_in_nudges to titrate_app;
grant update (read_at, read_by) on messages to titrate_app;

-- Patients with an active scale assignment, across organizations (for the daily nudge sweep).
create or replace function between_visits_assigned_patients()
  returns table (organization_id uuid, patient_id uuid)
  language sql stable security definer set search_path = public
  as $$ select distinct organization_id, patient_id from scale_assignments where active $$;
revoke all on function between_visits_assigned_patients() from public;
grant execute on function between_visits_assigned_patients() to titrate_app;
`;
