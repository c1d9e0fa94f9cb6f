/**
 * Personal access tokens for scripts and integrations (`Authorization: Bearer ttr_…`).
 * Only the SHA-256 of a token is stored; the token itself is shown once. A token belongs to one
 * user in one organization and acts with that user's roles, narrowed by its scopes. Tokens are
 * never deleted (the audit trail names them): revocation and expiry end them.
 */
export const up = /* sql */ `
create table api_tokens (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id),
  user_id uuid not null references users(id),
  name text not null check (length(name) between 1 and 100),
  token_hash text not null unique,
  -- The first characters of the token (e.g. "ttr_AbCd"), so a person can tell tokens apart.
  token_prefix text not null,
  scopes text[] not null check (cardinality(scopes) > 0 and scopes <@ array['read', 'write']::text[]),
  created_at timestamptz not null,
  -- Null when issued on the server host with the CLI.
  created_by uuid references users(id),
  expires_at timestamptz not null,
  last_used_at timestamptz,
  revoked_at timestamptz,
  revoked_by uuid references users(id),
  check (expires_at > created_at)
);
create index api_tokens_user on api_tokens (organization_id, user_id, created_at);

alter table api_tokens enable row level security;
alter table api_tokens force row level security;
create policy tenant_isolation on api_tokens
  using (organization_id = app_current_org()) with check (organization_id = app_current_org());
-- Forced row-level security also binds the schema owner; this read-only policy lets the owner (and
-- so the SECURITY DEFINER look-up below, which runs as the owner) find a token by its hash.
do $$ begin
  execute format('create policy owner_token_lookup on api_tokens for select to %I using (true)', current_user);
end $$;
grant select, insert, update on api_tokens to titrate_app;

-- A Bearer token is looked up before the organization is known, like a session cookie.
create or replace function auth_find_api_token(p_token_hash text)
  returns table (token_id uuid, organization_id uuid, user_id uuid)
  language sql stable security definer set search_path = public
  as $$ select id, organization_id, user_id from api_tokens where token_hash = p_token_hash $$;
revoke all on function auth_find_api_token(text) from public;
grant execute on function auth_find_api_token(text) to titrate_app;
`;
