/**
 * Routine-anchored dose schedules, planned reminders, the dose log (FHIR MedicationAdministration)
 * and care-team tasks of kind `adherence` (the tasks table of 0008 gains that kind).
 *
 * The job workers (planning, dispatch, adherence sweeps) run across organizations; they reach the
 * rows only through the narrow security-definer functions at the end, which return identifiers
 * and never health information.
 */
export const up = /* sql */ `
create table patient_routines (
  patient_id uuid primary key references patients(id),
  organization_id uuid not null references organizations(id),
  version integer not null default 1,
  -- { "wake": "07:00", "breakfast": "07:30", … } — the usual day.
  anchors jsonb not null default '{}',
  -- { "sat": { "wake": "09:00" }, … } — weekday overrides, merged over the usual day.
  weekdays jsonb not null default '{}',
  -- { "startDate": "2026-11-02", "days": [ {anchors}, … ] } — a repeating shift cycle; wins over weekdays.
  shift_pattern jsonb,
  quiet_start text check (quiet_start ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  quiet_end text check (quiet_end ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  snooze_minutes integer not null default 15 check (snooze_minutes between 5 and 240),
  email_enabled boolean not null default true,
  -- Web Push subscriptions (endpoint + keys) as the browser gives them.
  web_push_subscriptions jsonb not null default '[]',
  sms_number text,
  updated_at timestamptz not null default now(),
  updated_by uuid references users(id)
);

create table dose_schedules (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id),
  patient_id uuid not null references patients(id),
  medication_order_id uuid not null references medication_orders(id),
  anchor text not null check (anchor in ('wake', 'breakfast', 'lunch', 'dinner', 'bedtime')),
  offset_minutes integer not null default 0 check (offset_minutes between -720 and 720),
  dose_text text not null,
  start_date date not null,
  end_date date,
  status text not null default 'active' check (status in ('active', 'superseded', 'entered-in-error')),
  created_at timestamptz not null default now(),
  created_by uuid references users(id),
  superseded_at timestamptz
);
create index dose_schedules_patient on dose_schedules (organization_id, patient_id) where status = 'active';

create table reminders (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id),
  patient_id uuid not null references patients(id),
  dose_schedule_id uuid not null references dose_schedules(id),
  -- The planned dose time (routine + offset); due_at moves with quiet hours and snoozes.
  scheduled_for timestamptz not null,
  due_at timestamptz not null,
  status text not null default 'planned'
    check (status in ('planned', 'sending', 'sent', 'snoozed', 'cancelled', 'failed')),
  attempts integer not null default 0,
  next_attempt_at timestamptz,
  claimed_at timestamptz,
  claimed_by text,
  sent_at timestamptz,
  channel text check (channel in ('email', 'web-push', 'sms')),
  -- A short technical reason (never message content) after a failed attempt.
  last_error text,
  unique (dose_schedule_id, scheduled_for)
);
create index reminders_due on reminders (coalesce(next_attempt_at, due_at)) where status in ('planned', 'snoozed', 'sending');
create index reminders_patient on reminders (organization_id, patient_id, due_at);

create table dose_events (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id),
  patient_id uuid not null references patients(id),
  medication_order_id uuid not null references medication_orders(id),
  scheduled_for timestamptz,
  status text not null check (status in ('taken', 'skipped', 'late', 'entered-in-error')),
  reason text check (reason in ('forgot', 'side-effects', 'cost', 'ran-out', 'felt-fine', 'felt-off')),
  taken_at timestamptz,
  recorded_at timestamptz not null default now(),
  recorded_by uuid not null references users(id),
  check (status <> 'skipped' or reason is not null),
  check (status = 'skipped' or reason is null)
);
create index dose_events_patient on dose_events (organization_id, patient_id, recorded_at);
create index dose_events_order on dose_events (organization_id, medication_order_id, taken_at);

-- Adherence alerts are care-team tasks (one open task per order and rule, found by its detail).
alter table tasks drop constraint if exists tasks_kind_check;
alter table tasks add constraint tasks_kind_check
  check (kind in ('safety','follow-up','refill','lab','other','adherence'));

do $$
declare t text;
begin
  foreach t in array array['patient_routines', 'dose_schedules', 'reminders', 'dose_events'] loop
    execute format('alter table %I enable row level security', t);
    -- Forced (even the owner obeys the policy) except where the job functions below, which run
    -- as the owner, must see every organization: dose_schedules and reminders.
    if t not in ('dose_schedules', 'reminders') then
      execute format('alter table %I force row level security', t);
    end if;
    execute format('create policy tenant_isolation on %I using (organization_id = app_current_org())
                    with check (organization_id = app_current_org())', t);
  end loop;
end $$;

grant select, insert, update on patient_routines, dose_schedules, reminders, dose_events
  to titrate_app;

-- Job workers: claim due reminders across organizations. FOR UPDATE SKIP LOCKED lets several
-- processes claim at once without ever taking the same row; a claim left 'sending' for
-- 10 minutes (a worker died) is claimed again. p_organization narrows the claim to one
-- organization (tests that share a database); null claims across all.
create or replace function reminders_claim_due(p_now timestamptz, p_limit integer, p_worker text, p_organization uuid)
  returns table (reminder_id uuid, organization_id uuid, attempts integer)
  language sql volatile security definer set search_path = public
  as $$
    update reminders r
       set status = 'sending', claimed_at = p_now, claimed_by = p_worker, attempts = r.attempts + 1
     where r.id in (
       select c.id from reminders c
        where ((c.status in ('planned', 'snoozed') and coalesce(c.next_attempt_at, c.due_at) <= p_now)
            or (c.status = 'sending' and c.claimed_at < p_now - interval '10 minutes'))
          and (p_organization is null or c.organization_id = p_organization)
        order by coalesce(c.next_attempt_at, c.due_at)
        limit p_limit
        for update skip locked)
    returning r.id, r.organization_id, r.attempts
  $$;

-- Patients with an active dose schedule (for planning and adherence sweeps).
create or replace function reminders_active_patients()
  returns table (organization_id uuid, patient_id uuid)
  language sql stable security definer set search_path = public
  as $$ select distinct organization_id, patient_id from dose_schedules where status = 'active' $$;

revoke all on function reminders_claim_due(timestamptz, integer, text, uuid) from public;
revoke all on function reminders_active_patients() from public;
grant execute on function reminders_claim_due(timestamptz, integer, text, uuid) to titrate_app;
grant execute on function reminders_active_patients() to titrate_app;
`;
