import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, withTenant } from '../src/db/database.js';
import { createTenant, openTestDatabase, type Tenant } from './helpers.js';

describe('tenant isolation in the database (row-level security)', () => {
  let database: Database;
  let a: Tenant;
  let b: Tenant;
  beforeAll(async () => {
    database = await openTestDatabase();
    a = await createTenant(database, 2);
    b = await createTenant(database, 2);
  });
  afterAll(() => database.close());

  it('raw SQL in a transaction scoped to organization B sees none of organization A’s rows', async () => {
    const seen = await withTenant(database.db, b.organizationId, async (trx) => {
      const patients = await sql<{
        id: string;
        organization_id: string;
      }>`select id, organization_id from patients`.execute(trx);
      const users = await sql<{ organization_id: string }>`select organization_id from users`.execute(trx);
      const byId = await sql`select * from patients where id = ${a.patients[0]!.id}`.execute(trx);
      return { patients: patients.rows, users: users.rows, byId: byId.rows };
    });
    expect(seen.patients.map((row) => row.id).sort()).toEqual(b.patients.map((p) => p.id).sort());
    expect(seen.users.every((row) => row.organization_id === b.organizationId)).toBe(true);
    expect(seen.byId).toEqual([]);
  });

  it('a query without an organization set sees nothing at all', async () => {
    const rows = await database.db.transaction().execute(async (trx) => {
      const patients = await sql`select * from patients`.execute(trx);
      const organizations = await sql`select * from organizations`.execute(trx);
      const sessions = await sql`select * from sessions`.execute(trx);
      return [...patients.rows, ...organizations.rows, ...sessions.rows];
    });
    expect(rows).toEqual([]);
  });

  it('cannot write a row into another organization, nor move a row across', async () => {
    await expect(
      withTenant(database.db, b.organizationId, (trx) =>
        sql`insert into patients (organization_id, mrn, given_name, family_name, date_of_birth, sex_assigned_at_birth, time_zone)
            values (${a.organizationId}, 'X1', 'Eve', 'Intruder', '1990-01-01', 'female', 'UTC')`.execute(
          trx,
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    const moved = await withTenant(database.db, a.organizationId, (trx) =>
      sql`update patients set organization_id = ${b.organizationId} where id = ${a.patients[0]!.id}`.execute(
        trx,
      ),
    ).catch((error: Error) => error);
    expect(moved).toBeInstanceOf(Error);
    expect(String(moved)).toMatch(/row-level security/);
  });

  it('an update aimed at another organization’s row changes nothing', async () => {
    const result = await withTenant(database.db, b.organizationId, (trx) =>
      sql`update patients set given_name = 'Changed' where id = ${a.patients[0]!.id}`.execute(trx),
    );
    expect(Number(result.numAffectedRows ?? 0)).toBe(0);
    const unchanged = await withTenant(database.db, a.organizationId, (trx) =>
      trx
        .selectFrom('patients')
        .select('given_name')
        .where('id', '=', a.patients[0]!.id)
        .executeTakeFirstOrThrow(),
    );
    expect(unchanged.given_name).toBe(a.patients[0]!.givenName);
  });

  it('the application role cannot delete clinical rows or switch off row-level security', async () => {
    await expect(
      withTenant(database.db, a.organizationId, (trx) => sql`delete from patients`.execute(trx)),
    ).rejects.toThrow(/permission denied/);
    await expect(
      database.db
        .transaction()
        .execute((trx) => sql`alter table patients disable row level security`.execute(trx)),
    ).rejects.toThrow(/must be owner|permission denied/);
  });
});
