/**
 * Appointments and follow-up visit notes (issue #5 item 5, issue #6 item 7).
 *
 * - `appointments` (FHIR Appointment/Encounter): when, with whom, telehealth or in person, and —
 *   when a signed note booked it — the follow-up recommendation that set its interval and modality.
 *   The telehealth link is a bearer-like URL: stored here, never logged or audited.
 * - `visit_notes` (FHIR Encounter + Composition): a draft pre-filled with what happened since the
 *   last signed note, a structured decision, then signed. A trigger refuses any change to a signed
 *   note, so immutability does not depend on the service alone (checklist 26).
 * - `visit_note_amendments`: appended to a signed note, linked to it, never edited.
 */
export const up = /* sql */ `
create table appointments (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id),
  patient_id uuid not null references patients(id),
  clinician_id uuid not null references users(id),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  modality text not null check (modality in ('telehealth','in-person')),
  location text,
  telehealth_url text,
  status text not null default 'booked'
    check (status in ('booked','arrived','fulfilled','cancelled','no-show')),
  reason_kind text not null check (reason_kind in ('intake','follow-up','medication-check')),
  recommendation jsonb,
  source_note_id uuid,
  cancel_reason text,
  created_by uuid references users(id),
  created_at timestamptz not null,
  updated_at timestamptz not null,
  version integer not null default 1,
  check (ends_at > starts_at)
);
create index appointments_patient on appointments (organization_id, patient_id, starts_at);
create index appointments_schedule on appointments (organization_id, starts_at, clinician_id);

create table visit_notes (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id),
  patient_id uuid not null references patients(id),
  appointment_id uuid references appointments(id),
  author_id uuid not null references users(id),
  status text not null default 'draft' check (status in ('draft','signed')),
  -- The start of the period the prefill covers: the previous signed note's signature time.
  since timestamptz,
  prefill jsonb not null default '{}'::jsonb,
  subjective text,
  assessment text,
  risk_level text check (risk_level in ('none','low','moderate','high','imminent')),
  decisions jsonb not null default '[]'::jsonb,
  plan text,
  recommendation jsonb,
  next_appointment_id uuid references appointments(id),
  signed_by uuid references users(id),
  signed_at timestamptz,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  version integer not null default 1,
  check (status = 'draft' or (signed_by is not null and signed_at is not null))
);
create index visit_notes_patient on visit_notes (organization_id, patient_id, created_at desc);
create index visit_notes_drafts on visit_notes (organization_id, patient_id, created_at) where status = 'draft';
-- Deferred: notes and appointments point at each other (a tenant purge deletes both in one transaction).
alter table appointments add constraint appointments_source_note_fk
  foreign key (source_note_id) references visit_notes(id) deferrable initially deferred;

create table visit_note_amendments (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id),
  note_id uuid not null references visit_notes(id),
  patient_id uuid not null references patients(id),
  text text not null check (length(trim(text)) > 0),
  reason text not null check (length(trim(reason)) > 0),
  author_id uuid not null references users(id),
  created_at timestamptz not null
);
create index visit_note_amendments_note on visit_note_amendments (organization_id, note_id, created_at);

create or replace function visit_note_refuse_signed_change() returns trigger
language plpgsql as $$
begin
  if old.status = 'signed' then
    raise exception 'signed visit notes are immutable; add an amendment';
  end if;
  return new;
end $$;
create trigger visit_notes_signed_immutable before update on visit_notes
  for each row execute function visit_note_refuse_signed_change();

do $$
declare t text;
begin
  foreach t in array array['appointments', 'visit_notes', 'visit_note_amendments'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (organization_id = app_current_org())
                    with check (organization_id = app_current_org())', t);
  end loop;
end $$;

-- No delete: appointments are cancelled, notes amended.
grant select, insert, update on appointments, visit_notes to titrate_app;
grant select, insert on visit_note_amendments to titrate_app;
`;
