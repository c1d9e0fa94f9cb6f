/**
 * Intake evaluation, medication-trial history and the e-prescribing outbox (issue #5).
 *
 * - `evaluations` (FHIR QuestionnaireResponse): the structured psychiatric evaluation as one
 *   validated JSON document; draft (saved in progress, If-Match) until a prescriber signs it with
 *   diagnoses, a risk level and a plan. Signed evaluations are never edited: amendments instead.
 * - `evaluation_amendments`: addenda to a signed evaluation.
 * - `medication_trials`: prior medication trials recorded by signed evaluations (the trial history
 *   the treatment-resistant-depression summary reads alongside the orders).
 * - `erx_outbox`: every signed prescription handed to the transmission adapter, once per order.
 */
export const up = /* sql */ `
create table evaluations (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id),
  patient_id uuid not null references patients(id),
  status text not null default 'draft' check (status in ('draft','signed','entered-in-error')),
  content jsonb not null default '{}'::jsonb,
  scores jsonb not null default '{}'::jsonb,
  diagnoses jsonb not null default '[]'::jsonb,
  risk_level text check (risk_level in ('none','low','moderate','high','imminent')),
  plan text,
  safety_task_id uuid references tasks(id),
  created_by uuid not null references users(id),
  created_at timestamptz not null,
  updated_at timestamptz not null,
  signed_by uuid references users(id),
  signed_at timestamptz,
  version integer not null default 1,
  check (status <> 'signed' or (signed_by is not null and signed_at is not null and risk_level is not null))
);
create index evaluations_patient on evaluations (organization_id, patient_id, created_at desc);

create table evaluation_amendments (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id),
  evaluation_id uuid not null references evaluations(id),
  patient_id uuid not null references patients(id),
  text text not null check (length(trim(text)) > 0),
  author_id uuid not null references users(id),
  created_at timestamptz not null
);
create index evaluation_amendments_evaluation on evaluation_amendments (organization_id, evaluation_id, created_at);

create table medication_trials (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id),
  patient_id uuid not null references patients(id),
  evaluation_id uuid not null references evaluations(id),
  drug text not null,
  daily_mg numeric,
  weeks numeric,
  response text,
  side_effects text,
  reason_stopped text,
  stopped_abruptly boolean,
  phq9_before integer,
  phq9_after integer,
  recorded_at timestamptz not null
);
create index medication_trials_patient on medication_trials (organization_id, patient_id);

create table erx_outbox (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id),
  patient_id uuid not null references patients(id),
  order_id uuid not null references medication_orders(id),
  status text not null default 'pending' check (status in ('pending','sent','failed')),
  payload jsonb not null,
  reference text,
  attempts integer not null default 0,
  last_error text,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  sent_at timestamptz
);
-- Exactly once per order: a retried signing or transmission never duplicates the prescription.
create unique index erx_outbox_order on erx_outbox (organization_id, order_id);
create index erx_outbox_status on erx_outbox (organization_id, status, created_at desc);

do $$
declare t text;
begin
  foreach t in array array['evaluations', 'evaluation_amendments', 'medication_trials', 'erx_outbox'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (organization_id = app_current_org())
                    with check (organization_id = app_current_org())', t);
  end loop;
end $$;

-- No delete: drafts are entered in error, signed evaluations are amended, outbox rows are kept.
grant select, insert, update on evaluations, erx_outbox to titrate_app;
grant select, insert on evaluation_amendments, medication_trials to titrate_app;

-- Outbox entries still to send (ids only), for the retry sweep across organizations.
create or replace function erx_outbox_due(max_attempts integer)
  returns table (organization_id uuid, order_id uuid)
  language sql stable security definer set search_path = public
  as $$ select organization_id, order_id from erx_outbox
        where status in ('pending','failed') and attempts < max_attempts order by created_at limit 500 $$;
revoke all on function erx_outbox_due(integer) from public;
grant execute on function erx_outbox_due(integer) to titrate_app;
`;
