/**
 * Audit trail: append-only and hash-chained (HIPAA §164.312(b); ONC 170.315(d)(2)).
 *
 * Rows are written only through `audit_append()`, which serializes writers per chain (one chain
 * per organization, plus one for events without an organization, such as a failed sign-in for an
 * unknown account), links each row to the previous row's hash, and computes the row's SHA-256
 * over a canonical text of its fields. The application role may read its organization's rows and
 * call the function — nothing else: no update, no delete, no truncate. A trigger refuses updates
 * and deletes even to roles that own the table, so tampering needs a deliberate superuser act,
 * which `titrate audit verify` then detects.
 */
export const up = /* sql */ `
create table audit_events (
  id bigint generated always as identity primary key,
  chain text not null,
  -- No foreign key: the trail outlives anything it describes.
  organization_id uuid,
  occurred_at timestamptz not null,
  user_id uuid,
  role text,
  patient_id uuid,
  action text not null,
  resource_type text,
  resource_id text,
  outcome text not null check (outcome in ('success', 'failure', 'denied')),
  ip text,
  user_agent text,
  detail jsonb not null default '{}'::jsonb,
  prev_hash text not null,
  hash text not null
);
create index audit_events_chain on audit_events (chain, id);
create index audit_events_org_time on audit_events (organization_id, occurred_at);
create index audit_events_patient on audit_events (organization_id, patient_id, occurred_at);
create index audit_events_user on audit_events (organization_id, user_id, occurred_at);

create or replace function audit_canonical(e audit_events) returns text
  language sql immutable
  as $$
    select concat_ws('|', e.chain, coalesce(e.organization_id::text, ''),
      to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
      coalesce(e.user_id::text, ''), coalesce(e.role, ''), coalesce(e.patient_id::text, ''), e.action,
      coalesce(e.resource_type, ''), coalesce(e.resource_id, ''), e.outcome, coalesce(e.ip, ''),
      coalesce(e.user_agent, ''), e.detail::text, e.prev_hash)
  $$;

create or replace function audit_hash(e audit_events) returns text
  language sql immutable
  as $$ select encode(sha256(convert_to(audit_canonical(e), 'UTF8')), 'hex') $$;

create or replace function audit_append(
  p_organization_id uuid, p_occurred_at timestamptz, p_user_id uuid, p_role text, p_patient_id uuid,
  p_action text, p_resource_type text, p_resource_id text, p_outcome text, p_ip text, p_user_agent text,
  p_detail jsonb
) returns bigint
  language plpgsql security definer set search_path = public
  as $$
  declare
    v_chain text := coalesce(p_organization_id::text, 'system');
    v_row audit_events;
  begin
    -- Organization-scoped events may only be written for the transaction's own organization.
    if p_organization_id is not null and p_organization_id is distinct from app_current_org() then
      raise exception 'audit event for another organization' using errcode = '42501';
    end if;
    perform pg_advisory_xact_lock(hashtext('titrate-audit:' || v_chain));
    select hash into v_row.prev_hash from audit_events where chain = v_chain order by id desc limit 1;
    v_row.prev_hash := coalesce(v_row.prev_hash, repeat('0', 64));
    v_row.chain := v_chain;
    v_row.organization_id := p_organization_id;
    v_row.occurred_at := date_trunc('milliseconds', p_occurred_at);
    v_row.user_id := p_user_id;
    v_row.role := p_role;
    v_row.patient_id := p_patient_id;
    v_row.action := p_action;
    v_row.resource_type := p_resource_type;
    v_row.resource_id := p_resource_id;
    v_row.outcome := p_outcome;
    v_row.ip := p_ip;
    v_row.user_agent := p_user_agent;
    v_row.detail := coalesce(p_detail, '{}'::jsonb);
    v_row.hash := audit_hash(v_row);
    insert into audit_events (chain, organization_id, occurred_at, user_id, role, patient_id, action,
      resource_type, resource_id, outcome, ip, user_agent, detail, prev_hash, hash)
    values (v_row.chain, v_row.organization_id, v_row.occurred_at, v_row.user_id, v_row.role, v_row.patient_id,
      v_row.action, v_row.resource_type, v_row.resource_id, v_row.outcome, v_row.ip, v_row.user_agent,
      v_row.detail, v_row.prev_hash, v_row.hash)
    returning id into v_row.id;
    return v_row.id;
  end $$;

create or replace function audit_refuse_change() returns trigger
  language plpgsql
  as $$ begin raise exception 'audit_events is append-only' using errcode = '42501'; end $$;
create trigger audit_events_append_only before update or delete on audit_events
  for each row execute function audit_refuse_change();
create trigger audit_events_no_truncate before truncate on audit_events
  for each statement execute function audit_refuse_change();

alter table audit_events enable row level security;
create policy tenant_read on audit_events for select using (organization_id = app_current_org());

grant select on audit_events to titrate_app;
revoke all on function audit_append(uuid, timestamptz, uuid, text, uuid, text, text, text, text, text, text, jsonb) from public;
grant execute on function audit_append(uuid, timestamptz, uuid, text, uuid, text, text, text, text, text, text, jsonb)
  to titrate_app;
`;
