/**
 * Prescribing, measurement and safety tasks (issue #5).
 *
 * - `medication_orders` (FHIR MedicationRequest): drafts, signatures, PA co-signature; a dose
 *   change or switch supersedes the previous order (`replaces_order_id`), which is completed when
 *   the new one becomes active. Nothing is deleted: `entered-in-error` instead.
 * - `order_alerts` (DetectedIssue): every alert shown at signing, whether it needed a reason, and
 *   the override (reason, user, time).
 * - `shared_decisions`: options discussed, benefits and risks explained, the patient's preference.
 * - `questionnaire_responses` (QuestionnaireResponse + Observation): scored rating scales.
 * - `tasks` (FHIR Task): safety follow-ups created in the same transaction as the triggering answer.
 */
export const up = /* sql */ `
create table medication_orders (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id),
  patient_id uuid not null references patients(id),
  drug_name text not null,
  rxnorm text,
  display_name text not null,
  strength text,
  dose_amount numeric,
  dose_unit text,
  route text,
  frequency jsonb not null default '{}'::jsonb,
  titration jsonb not null default '[]'::jsonb,
  quantity numeric,
  refills integer,
  pharmacy text,
  indication text,
  action text not null check (action in ('start','continue','change-dose','switch','taper','stop','avoid')),
  status text not null default 'draft'
    check (status in ('draft','pending-cosign','active','completed','stopped','entered-in-error')),
  reason text,
  start_date date,
  end_date date,
  replaces_order_id uuid references medication_orders(id),
  prescriber_id uuid not null references users(id),
  signed_at timestamptz,
  cosigner_id uuid references users(id),
  cosigned_at timestamptz,
  pdmp_checked_at timestamptz,
  error_reason text,
  status_changed_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  check (action not in ('avoid','stop') or (reason is not null and length(trim(reason)) > 0))
);
create index medication_orders_patient on medication_orders (organization_id, patient_id, created_at desc);
create index medication_orders_active on medication_orders (organization_id, patient_id) where status = 'active';

create table order_alerts (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id),
  order_id uuid not null references medication_orders(id),
  patient_id uuid not null references patients(id),
  code text not null,
  category text not null,
  severity text not null,
  drugs jsonb not null default '[]'::jsonb,
  title text not null,
  detail text not null,
  recommendation text not null,
  sources jsonb not null default '[]'::jsonb,
  requires_override boolean not null,
  shown_at timestamptz not null,
  override_reason text,
  overridden_by uuid references users(id),
  overridden_at timestamptz
);
create index order_alerts_order on order_alerts (organization_id, order_id);
create index order_alerts_patient on order_alerts (organization_id, patient_id, shown_at desc);

create table shared_decisions (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id),
  order_id uuid not null references medication_orders(id),
  patient_id uuid not null references patients(id),
  options_discussed jsonb not null,
  benefits_risks_explained boolean not null,
  patient_preference text not null,
  recorded_by uuid not null references users(id),
  recorded_at timestamptz not null
);
create unique index shared_decisions_order on shared_decisions (organization_id, order_id);

create table questionnaire_responses (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id),
  patient_id uuid not null references patients(id),
  instrument text not null,
  answers jsonb not null,
  total integer,
  band text,
  positive boolean,
  risk text,
  flags jsonb not null default '[]'::jsonb,
  complete boolean not null,
  entered_by uuid not null references users(id),
  entered_by_kind text not null check (entered_by_kind in ('patient','staff')),
  status text not null default 'final' check (status in ('final','entered-in-error')),
  authored_at timestamptz not null
);
create index questionnaire_responses_patient
  on questionnaire_responses (organization_id, patient_id, instrument, authored_at desc);

create table tasks (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id),
  patient_id uuid not null references patients(id),
  kind text not null check (kind in ('safety','follow-up','refill','lab','other')),
  priority text not null check (priority in ('routine','urgent','asap','stat')),
  title text not null,
  detail jsonb not null default '{}'::jsonb,
  source_response_id uuid references questionnaire_responses(id),
  assigned_to uuid references users(id),
  status text not null default 'open' check (status in ('open','in-progress','done')),
  note text,
  created_by uuid references users(id),
  created_at timestamptz not null,
  closed_by uuid references users(id),
  closed_at timestamptz,
  updated_at timestamptz not null,
  version integer not null default 1
);
create index tasks_open on tasks (organization_id, status, priority, created_at desc);
create index tasks_patient on tasks (organization_id, patient_id, status);

do $$
declare t text;
begin
  foreach t in array array['medication_orders', 'order_alerts', 'shared_decisions', 'questionnaire_responses', 'tasks'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (organization_id = app_current_org())
                    with check (organization_id = app_current_org())', t);
  end loop;
end $$;

-- No delete: clinical rows are superseded or entered in error, never removed.
grant select, insert, update on medication_orders, order_alerts, questionnaire_responses, tasks to titrate_app;
grant select, insert on shared_decisions to titrate_app;
`;
