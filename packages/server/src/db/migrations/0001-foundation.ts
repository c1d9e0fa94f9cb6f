/**
 * Foundation: organizations, users and roles, patients, care teams, guardians, sessions.
 * Every tenant-scoped table has row-level security keyed by `organization_id`; the application
 * runs as the `titrate_app` role, which sees a row only when the transaction has set
 * `app.organization_id` to the row's organization.
 */
export const up = /* sql */ `
create or replace function app_current_org() returns uuid
  language sql stable
  as $$ select nullif(current_setting('app.organization_id', true), '')::uuid $$;

create table organizations (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  slug text not null unique,
  time_zone text not null default 'America/New_York',
  settings jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);

create table users (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id),
  email text not null,
  display_name text not null,
  given_name text not null,
  family_name text not null,
  password_hash text,
  credential text check (credential in ('MD', 'DO', 'NP', 'PA', 'RN', 'LCSW', 'PhD', 'PsyD', 'LPC')),
  npi text,
  dea_number text,
  supervising_user_id uuid references users(id),
  patient_id uuid,
  status text not null default 'active' check (status in ('active', 'invited', 'disabled')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create unique index users_email_unique on users (lower(email));
create index users_org on users (organization_id);

create table user_roles (
  user_id uuid not null references users(id),
  organization_id uuid not null references organizations(id),
  role text not null check (role in ('prescriber', 'nurse', 'care-coordinator', 'therapist', 'collaborator',
    'front-desk', 'admin', 'patient', 'guardian')),
  primary key (user_id, role)
);

create sequence patient_mrn_seq start 100001;

create table patients (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id),
  mrn text not null,
  given_name text not null,
  family_name text not null,
  preferred_name text,
  pronouns text,
  date_of_birth date not null,
  sex_assigned_at_birth text not null check (sex_assigned_at_birth in ('female', 'male', 'intersex', 'unknown')),
  gender_identity text,
  phone text,
  email text,
  address jsonb,
  time_zone text not null,
  preferred_language text not null default 'en',
  emergency_contact jsonb,
  preferred_pharmacy jsonb,
  insurance jsonb,
  status text not null default 'active' check (status in ('active', 'inactive')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  unique (organization_id, mrn)
);
-- Search and keyset pagination: name prefixes, date of birth, MRN — all served by indexes.
create index patients_family_name on patients (organization_id, lower(family_name) text_pattern_ops, lower(given_name), id);
create index patients_given_name on patients (organization_id, lower(given_name) text_pattern_ops);
create index patients_preferred_name on patients (organization_id, lower(preferred_name) text_pattern_ops);
create index patients_dob on patients (organization_id, date_of_birth);
create index patients_mrn on patients (organization_id, lower(mrn) text_pattern_ops);

alter table users add constraint users_patient_fk foreign key (patient_id) references patients(id);

create table care_team_members (
  organization_id uuid not null references organizations(id),
  patient_id uuid not null references patients(id),
  user_id uuid not null references users(id),
  role text not null check (role in ('prescriber', 'nurse', 'care-coordinator', 'therapist', 'collaborator')),
  is_primary boolean not null default false,
  added_at timestamptz not null default now(),
  primary key (patient_id, user_id)
);
create index care_team_by_user on care_team_members (organization_id, user_id);

create table guardian_links (
  organization_id uuid not null references organizations(id),
  patient_id uuid not null references patients(id),
  guardian_user_id uuid not null references users(id),
  relationship text not null,
  added_at timestamptz not null default now(),
  primary key (patient_id, guardian_user_id)
);
create index guardian_links_by_user on guardian_links (organization_id, guardian_user_id);

create table sessions (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id),
  user_id uuid not null references users(id),
  token_hash text not null unique,
  csrf_token text not null,
  mfa_verified boolean not null default false,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  idle_timeout_seconds integer not null,
  expires_at timestamptz not null,
  revoked_at timestamptz,
  ip text,
  user_agent text
);
create index sessions_user on sessions (organization_id, user_id);

-- Row-level security: one policy per table, keyed by the transaction's organization.
alter table organizations enable row level security;
create policy tenant_isolation on organizations
  using (id = app_current_org()) with check (id = app_current_org());

do $$
declare t text;
begin
  foreach t in array array['users', 'user_roles', 'patients', 'care_team_members', 'guardian_links', 'sessions'] loop
    execute format('alter table %I enable row level security', t);
    execute format('create policy tenant_isolation on %I using (organization_id = app_current_org())
                    with check (organization_id = app_current_org())', t);
  end loop;
end $$;

grant usage on schema public to titrate_app;
grant select, insert, update on organizations, users, patients, care_team_members, guardian_links, sessions
  to titrate_app;
grant select, insert, update, delete on user_roles to titrate_app;
grant execute on function app_current_org() to titrate_app;
grant usage on sequence patient_mrn_seq to titrate_app;

-- Sign-in and session look-ups happen before the organization is known. These two narrow
-- functions run as the schema owner (bypassing row-level security) and return only what
-- authentication needs; the application role has no other way across tenants.
create or replace function auth_find_user_by_email(p_email text)
  returns table (user_id uuid, organization_id uuid, password_hash text, status text)
  language sql stable security definer set search_path = public
  as $$ select id, organization_id, password_hash, status from users where lower(email) = lower(p_email) $$;

create or replace function auth_find_session(p_token_hash text)
  returns table (session_id uuid, organization_id uuid, user_id uuid)
  language sql stable security definer set search_path = public
  as $$ select id, organization_id, user_id from sessions where token_hash = p_token_hash $$;

revoke all on function auth_find_user_by_email(text) from public;
revoke all on function auth_find_session(text) from public;
grant execute on function auth_find_user_by_email(text) to titrate_app;
grant execute on function auth_find_session(text) to titrate_app;
`;
