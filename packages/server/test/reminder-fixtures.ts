import { type Database, withTenant } from '../src/db/database.js';
import type { Tenant } from './helpers.js';

/** An active medication order inserted directly (signing orders is tested elsewhere). */
export async function activeOrder(
  database: Database,
  tenant: Tenant,
  patientId: string,
  drug: string,
  displayName = `${drug} 50 mg tablet`,
  extra: { startDate?: string; titration?: unknown[] } = {},
): Promise<string> {
  return withTenant(database.db, tenant.organizationId, async (trx) => {
    const row = await trx
      .insertInto('medication_orders')
      .values({
        organization_id: tenant.organizationId,
        patient_id: patientId,
        drug_name: drug,
        display_name: displayName,
        action: 'start',
        status: 'active',
        prescriber_id: tenant.users.prescriber!.id,
        start_date: extra.startDate ?? '2026-01-01',
        titration: JSON.stringify(extra.titration ?? []),
      } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
}

export async function setTimeZone(database: Database, tenant: Tenant, patientId: string, zone: string) {
  await withTenant(database.db, tenant.organizationId, (trx) =>
    trx.updateTable('patients').set({ time_zone: zone }).where('id', '=', patientId).execute(),
  );
}
