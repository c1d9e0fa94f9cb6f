/**
 * The clinical record the safety check and the monitoring schedule read (issue #5 item 6).
 *
 * - `conditions` (FHIR Condition): ICD-10-CM diagnoses; `substance_use` marks co-occurring
 *   substance-use disorders, which belong to the `substance-use` chart section (42 CFR Part 2).
 * - `allergies` (AllergyIntolerance): the substance as written plus the formulary drug it resolves to.
 * - `observations` (Observation): vitals, labs and pharmacogenomic phenotypes, keyed by the
 *   clinical engine's monitoring test ids (LOINC from its catalogue), with the engine's reading of
 *   the value at the time it was recorded.
 * Nothing is deleted: rows are marked `entered-in-error` with a reason.
 * The monitoring schedule is not stored: it is derived on read from active orders and observations.
 */
export const up = /* sql */ `
create table conditions (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id),
  patient_id uuid not null references patients(id),
  code text not null,
  display text not null,
  clinical_status text not null default 'active' check (clinical_status in ('active','remission','resolved')),
  onset_date date,
  substance_use boolean not null default false,
  note text,
  status text not null default 'recorded' check (status in ('recorded','entered-in-error')),
  error_reason text,
  recorded_by uuid not null references users(id),
  recorded_at timestamptz not null,
  updated_at timestamptz not null,
  version integer not null default 1
);
create index conditions_patient on conditions (organization_id, patient_id, recorded_at desc);

create table allergies (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id),
  patient_id uuid not null references patients(id),
  substance text not null,
  resolved_drug text,
  reaction text,
  severity text check (severity in ('mild','moderate','severe')),
  type text not null default 'allergy' check (type in ('allergy','intolerance')),
  clinical_status text not null default 'active' check (clinical_status in ('active','inactive','resolved')),
  status text not null default 'recorded' check (status in ('recorded','entered-in-error')),
  error_reason text,
  recorded_by uuid not null references users(id),
  recorded_at timestamptz not null,
  updated_at timestamptz not null,
  version integer not null default 1
);
create index allergies_patient on allergies (organization_id, patient_id, recorded_at desc);

create table observations (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id),
  patient_id uuid not null references patients(id),
  code text not null,
  loinc text,
  name text not null,
  value numeric,
  canonical_value numeric,
  unit text,
  diastolic numeric,
  gene text,
  phenotype text,
  effective_at timestamptz not null,
  flag text check (flag in ('normal','low','high','critical-low','critical-high','abnormal')),
  band text,
  severity text,
  message text,
  source text not null default 'clinic' check (source in ('clinic','external-lab','patient-reported','device')),
  task_id uuid references tasks(id),
  status text not null default 'final' check (status in ('final','entered-in-error')),
  error_reason text,
  recorded_by uuid references users(id),
  recorded_at timestamptz not null,
  updated_at timestamptz not null,
  version integer not null default 1,
  check (code <> 'pgx' or (gene is not null and phenotype is not null)),
  check (code = 'pgx' or value is not null)
);
create index observations_patient on observations (organization_id, patient_id, code, effective_at desc);

do $$
declare t text;
begin
  foreach t in array array['conditions', 'allergies', 'observations'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (organization_id = app_current_org())
                    with check (organization_id = app_current_org())', t);
  end loop;
end $$;

-- No delete: clinical rows are entered in error, never removed.
grant select, insert, update on conditions, allergies, observations to titrate_app;

-- Patients with an active medication order, for the daily monitoring sweep across organizations.
create or replace function monitoring_active_patients()
  returns table (organization_id uuid, patient_id uuid)
  language sql stable security definer set search_path = public
  as $$ select distinct organization_id, patient_id from medication_orders where status = 'active' $$;
revoke all on function monitoring_active_patients() from public;
grant execute on function monitoring_active_patients() to titrate_app;
`;
