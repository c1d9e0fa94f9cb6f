/**
 * Identity: TOTP multi-factor authentication with recovery codes, pending (half-signed-in)
 * sessions, invitations and password resets. Secrets are never stored in the clear: TOTP keys are
 * encrypted by the application (AES-256-GCM), recovery codes and link tokens are SHA-256 hashes.
 */
export const up = /* sql */ `
alter table users add column last_sign_in_at timestamptz;

-- A session is "pending" until its second factor is done; pending sessions reach only the MFA
-- routes. mfa_failures counts wrong codes so a pending sign-in is dropped after a few.
alter table sessions add column pending text check (pending in ('mfa', 'mfa-enrolment'));
alter table sessions add column mfa_failures integer not null default 0;
alter table sessions add column stepped_up_at timestamptz;

create table user_mfa (
  user_id uuid primary key references users(id),
  organization_id uuid not null references organizations(id),
  -- AES-256-GCM ciphertext of the base32 TOTP secret (iv.tag.ciphertext, base64url).
  secret_encrypted text not null,
  confirmed_at timestamptz,
  -- RFC 6238 section 5.2: a time step, once accepted, is never accepted again.
  last_used_step bigint,
  created_at timestamptz not null default now()
);

create table mfa_recovery_codes (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id),
  user_id uuid not null references users(id),
  code_hash text not null,
  created_at timestamptz not null default now(),
  used_at timestamptz
);
create index mfa_recovery_codes_user on mfa_recovery_codes (organization_id, user_id);

create table invitations (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id),
  email text not null,
  display_name text not null,
  roles text[] not null,
  credential text,
  npi text,
  dea_number text,
  supervising_user_id uuid references users(id),
  -- For a patient's own account: the patient record it opens.
  patient_id uuid references patients(id),
  token_hash text not null unique,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz,
  revoked_at timestamptz,
  user_id uuid references users(id)
);
create index invitations_org on invitations (organization_id, created_at);

create table password_resets (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id),
  user_id uuid not null references users(id),
  token_hash text not null unique,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);
create index password_resets_user on password_resets (organization_id, user_id, created_at);

do $$
declare t text;
begin
  foreach t in array array['user_mfa', 'mfa_recovery_codes', 'invitations', 'password_resets'] loop
    execute format('alter table %I enable row level security', t);
    execute format('create policy tenant_isolation on %I using (organization_id = app_current_org())
                    with check (organization_id = app_current_org())', t);
  end loop;
end $$;

-- user_mfa rows are removed when an administrator resets a user's MFA or a patient turns it off.
grant select, insert, update, delete on user_mfa to titrate_app;
grant select, insert, update, delete on mfa_recovery_codes to titrate_app;
grant select, insert, update on invitations, password_resets to titrate_app;

-- Invitation and reset links are opened before anyone is signed in, so the organization is not
-- yet known: these narrow look-ups (by token hash only) run as the schema owner.
create or replace function auth_find_invitation(p_token_hash text)
  returns table (invitation_id uuid, organization_id uuid)
  language sql stable security definer set search_path = public
  as $$ select id, organization_id from invitations where token_hash = p_token_hash $$;

create or replace function auth_find_password_reset(p_token_hash text)
  returns table (reset_id uuid, organization_id uuid)
  language sql stable security definer set search_path = public
  as $$ select id, organization_id from password_resets where token_hash = p_token_hash $$;

create or replace function auth_email_taken(p_email text)
  returns boolean
  language sql stable security definer set search_path = public
  as $$ select exists (select 1 from users where lower(email) = lower(p_email)) $$;

revoke all on function auth_find_invitation(text) from public;
revoke all on function auth_find_password_reset(text) from public;
revoke all on function auth_email_taken(text) from public;
grant execute on function auth_find_invitation(text) to titrate_app;
grant execute on function auth_find_password_reset(text) to titrate_app;
grant execute on function auth_email_taken(text) to titrate_app;
`;
