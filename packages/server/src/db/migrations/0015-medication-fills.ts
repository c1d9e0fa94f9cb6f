/**
 * Medication fills (FHIR MedicationDispense; issue #6): when a prescription was picked up, how
 * much, and for how many days. Proportion of days covered from refill dates is computed from
 * these rows. A fill reported by the pharmacy, recorded by the clinic, or reported by the patient
 * ("I picked up my medicine") is kept with its source. Nothing is deleted: a wrong row is marked
 * `entered-in-error`.
 */
export const up = /* sql */ `
create table medication_fills (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id),
  patient_id uuid not null references patients(id),
  medication_order_id uuid not null references medication_orders(id),
  filled_on date not null,
  quantity numeric not null check (quantity > 0),
  days_supply integer not null check (days_supply between 1 and 365),
  days_supply_computed boolean not null default false,
  source text not null check (source in ('pharmacy-report','clinic-recorded','patient-reported')),
  recorded_by uuid not null references users(id),
  recorded_at timestamptz not null,
  status text not null default 'completed' check (status in ('completed','entered-in-error'))
);
create index medication_fills_order on medication_fills (organization_id, medication_order_id, filled_on);
create index medication_fills_patient on medication_fills (organization_id, patient_id, filled_on desc);

alter table medication_fills enable row level security;
alter table medication_fills force row level security;
create policy tenant_isolation on medication_fills using (organization_id = app_current_org())
  with check (organization_id = app_current_org());

-- No delete; only the status changes (entered-in-error).
grant select, insert on medication_fills to titrate_app;
grant update (status) on medication_fills to titrate_app;
`;
