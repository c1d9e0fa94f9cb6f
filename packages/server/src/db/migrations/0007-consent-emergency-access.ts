/**
 * Consent (FHIR Consent) and emergency ("break-glass") access.
 *
 * A consent grants chart sections of one patient to one person of the organization (a therapist,
 * collaborator or guardian). It is never deleted: revoking sets `status`, `revoked_at` and
 * `revoked_by` and raises `version`, so who could see what, when, stays answerable. `regulation`
 * and `part2_elements` are reserved for 42 CFR Part 2 consents (2.31 elements), which come later.
 *
 * Emergency access lets a pre-configured clinician (`users.emergency_access_allowed`, set by an
 * admin) open a patient's full chart for a limited time with a written reason; every grant waits
 * in a review queue until an admin other than the grantee reviews it.
 */
export const up = /* sql */ `
alter table users add column emergency_access_allowed boolean not null default false;

create table consents (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id),
  patient_id uuid not null references patients(id),
  grantee_user_id uuid not null references users(id),
  sections text[] not null check (cardinality(sections) > 0 and sections <@ array['demographics',
    'appointments', 'care-team', 'medications', 'measures', 'safety', 'diagnoses', 'notes', 'labs',
    'substance-use']::text[]),
  purpose text not null check (purpose in ('treatment', 'payment', 'operations', 'coordination')),
  regulation text not null default 'hipaa' check (regulation in ('hipaa', '42cfr2')),
  part2_elements jsonb,
  status text not null default 'active' check (status in ('active', 'revoked')),
  period_start timestamptz not null,
  period_end timestamptz check (period_end is null or period_end > period_start),
  authority text not null check (authority in ('patient', 'patient-request')),
  recorded_by uuid not null references users(id),
  recorded_at timestamptz not null,
  revoked_at timestamptz,
  revoked_by uuid references users(id),
  version integer not null default 1,
  check ((status = 'revoked') = (revoked_at is not null))
);
create index consents_by_patient on consents (organization_id, patient_id);
create index consents_by_grantee on consents (organization_id, grantee_user_id, patient_id)
  where status = 'active';

create table emergency_access_grants (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id),
  patient_id uuid not null references patients(id),
  user_id uuid not null references users(id),
  reason text not null check (char_length(reason) >= 20),
  granted_at timestamptz not null,
  expires_at timestamptz not null check (expires_at > granted_at),
  review_status text not null default 'pending' check (review_status in ('pending', 'reviewed')),
  review_outcome text check (review_outcome in ('justified', 'not-justified')),
  review_note text,
  reviewed_by uuid references users(id),
  reviewed_at timestamptz,
  -- Nobody reviews their own emergency access.
  check (reviewed_by is null or reviewed_by <> user_id),
  check ((review_status = 'reviewed') = (review_outcome is not null and reviewed_by is not null))
);
create index emergency_access_active on emergency_access_grants (organization_id, user_id, patient_id, expires_at);
create index emergency_access_queue on emergency_access_grants (organization_id, review_status, granted_at);

do $$
declare t text;
begin
  foreach t in array array['consents', 'emergency_access_grants'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (organization_id = app_current_org())
                    with check (organization_id = app_current_org())', t);
  end loop;
end $$;

-- No delete: consents are revoked and grants reviewed, never removed.
grant select, insert, update on consents, emergency_access_grants to titrate_app;
`;
