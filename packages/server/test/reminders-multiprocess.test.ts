import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, withTenant } from '../src/db/database.js';
import { createTenant, openTestDatabase, type Tenant } from './helpers.js';
import { activeOrder } from './reminder-fixtures.js';

/**
 * Acceptance: three server processes share one PostgreSQL database and send 1,000 due reminders,
 * each exactly once. PGlite is one process by design, so this runs only against a server.
 */
const worker = path.resolve(import.meta.dirname, 'fixtures/dispatch-worker.ts');

describe.skipIf(!process.env.DATABASE_URL)(
  'reminders across three processes (needs DATABASE_URL; PGlite is single-process)',
  () => {
    let database: Database;
    let tenant: Tenant;
    let dir: string;

    beforeAll(async () => {
      database = await openTestDatabase();
      tenant = await createTenant(database, 10);
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'titrate-multiprocess-'));
    });
    afterAll(async () => {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('sends 1,000 due reminders exactly once', async () => {
      // 10 patients × 100 past-due reminders, one schedule each.
      const seeded: string[] = [];
      for (const patient of tenant.patients) {
        const orderId = await activeOrder(database, tenant, patient.id, 'sertraline');
        await withTenant(database.db, tenant.organizationId, async (trx) => {
          const scheduleRow = await trx
            .insertInto('dose_schedules')
            .values({
              organization_id: tenant.organizationId,
              patient_id: patient.id,
              medication_order_id: orderId,
              anchor: 'breakfast',
              dose_text: 'one tablet',
              start_date: '2026-01-01',
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          const base = Date.now() - 200 * 60_000;
          const rows = await trx
            .insertInto('reminders')
            .values(
              Array.from({ length: 100 }, (_, i) => ({
                organization_id: tenant.organizationId,
                patient_id: patient.id,
                dose_schedule_id: scheduleRow.id,
                scheduled_for: new Date(base + i * 60_000),
                due_at: new Date(base + i * 60_000),
              })),
            )
            .returning('id')
            .execute();
          seeded.push(...rows.map((r) => r.id));
        });
      }
      expect(seeded).toHaveLength(1000);

      const children = ['w1', 'w2', 'w3'].map((name) =>
        spawn(process.execPath, ['--import', 'tsx', worker, dir, name, tenant.organizationId], {
          env: { ...process.env },
          stdio: ['ignore', 'inherit', 'inherit'],
        }),
      );
      const exits = children.map(
        (child) => new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code))),
      );
      // Start all three together, once each has connected.
      const deadline = Date.now() + 60_000;
      while (['w1', 'w2', 'w3'].some((name) => !fs.existsSync(path.join(dir, `ready-${name}`)))) {
        if (Date.now() > deadline) throw new Error('workers did not start');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      fs.writeFileSync(path.join(dir, 'go'), '');
      expect(await Promise.all(exits)).toEqual([0, 0, 0]);

      const lines = fs.readFileSync(path.join(dir, 'sends.log'), 'utf8').trim().split('\n');
      const ids = lines.map((line) => line.split(' ')[0]);
      // Other tests' reminders may share the database: count only ours.
      const ours = new Set(seeded);
      const sentOurs = ids.filter((id) => id && ours.has(id));
      expect(sentOurs).toHaveLength(1000);
      expect(new Set(sentOurs).size).toBe(1000);
      const workers = new Set(
        lines.filter((line) => ours.has(line.split(' ')[0]!)).map((line) => line.split(' ')[1]),
      );
      expect(workers.size).toBeGreaterThan(1);
      const statuses = await withTenant(database.db, tenant.organizationId, (trx) =>
        trx.selectFrom('reminders').select('status').where('id', 'in', seeded).execute(),
      );
      expect(statuses.every((row) => row.status === 'sent')).toBe(true);
    }, 180_000);
  },
);
