import type { PGlite } from '@electric-sql/pglite';
import PgBoss from 'pg-boss';
import { APP_ROLE, type Database } from '../db/database.js';
import type { BetweenVisitsService } from '../domain/between-visits.js';
import type { ClinicalRecordService } from '../domain/clinical-record.js';
import type { Clock } from '../domain/deps.js';
import type { ErxService } from '../domain/erx.js';
import type { ReminderService } from '../domain/reminders.js';

/**
 * Background jobs on pg-boss (a PostgreSQL-backed queue), so they survive restarts and any
 * number of server processes can share them:
 *  - `reminders.plan` (every 15 min): materialise the next 48 h of reminders; idempotent.
 *  - `reminders.dispatch` (every minute): send what is due; each reminder is claimed with
 *    FOR UPDATE SKIP LOCKED, so several processes never send one twice.
 *  - `adherence.sweep` (hourly, so the 48-hour rules fire within the hour): care-team tasks.
 *  - `monitoring.sweep` (daily): a care-team task per overdue monitoring test (labs, ECG, vitals)
 *    of patients on active medications; idempotent while the task is open.
 *  - `check-ins.nudge` (daily, 14:00 UTC: morning in the Americas): one email, no health
 *    information, to each patient with a due rating scale; idempotent per patient and day.
 *  - `erx.retry` (every 5 min): sends e-prescriptions whose transmission failed (or never ran).
 * pg-boss makes one job per cron tick across all processes, retries a failed job with backoff,
 * and keeps the job as `failed` after the last retry (never dropped); reminders themselves carry
 * their own attempts and end `failed` where staff can see them.
 */
export const QUEUES = {
  'reminders.plan': '*/15 * * * *',
  'reminders.dispatch': '* * * * *',
  'adherence.sweep': '7 * * * *',
  'monitoring.sweep': '20 6 * * *',
  'check-ins.nudge': '0 14 * * *',
  'erx.retry': '*/5 * * * *',
} as const;
export type QueueName = keyof typeof QUEUES;

export interface JobsOptions {
  database: Database;
  /** PostgreSQL: pg-boss gets its own small pool, connected as the schema owner. */
  databaseUrl?: string | undefined;
  reminders: ReminderService;
  /** Runs the monitoring sweep; without it that queue is not scheduled. */
  clinicalRecord?: ClinicalRecordService | undefined;
  /** Sends the due-check-in nudges; without it that queue is not scheduled. */
  betweenVisits?: BetweenVisitsService | undefined;
  /** Retries e-prescription transmissions; without it that queue is not scheduled. */
  erx?: ErxService | undefined;
  /** Limit the jobs to one organization (tests sharing a database); all by default. */
  organizationId?: string | undefined;
  clock: Clock;
  /** Names this process in reminder claims (diagnostics only). */
  worker: string;
  onError?: (error: Error) => void;
  /** Seconds between polls of each queue; pg-boss allows 0.5 and up. */
  pollingIntervalSeconds?: number;
}

export interface JobRunner {
  boss: PgBoss;
  /** Runs one job now (tests and the CLI); returns the job id. */
  trigger(name: QueueName): Promise<string | null>;
  stop(): Promise<void>;
}

/**
 * pg-boss on the embedded database. PGlite has one connection, shared with Kysely: a statement
 * must never land inside another caller's open transaction, so each one takes the Kysely
 * connection lock first. pg-boss owns its own schema, so it runs as the schema owner.
 */
function pgliteAdapter(database: Database & { pglite: PGlite }) {
  const { pglite } = database;
  return {
    executeSql: (text: string, values: unknown[] = []) =>
      database.db.connection().execute(async () => {
        await pglite.exec('reset role');
        try {
          if (values.length === 0) {
            const results = await pglite.exec(text);
            return { rows: results.at(-1)?.rows ?? [] };
          }
          return { rows: (await pglite.query(text, values)).rows };
        } finally {
          await pglite.exec(`set role ${APP_ROLE}`);
        }
      }),
  };
}

export async function startJobs(options: JobsOptions): Promise<JobRunner> {
  const { database, reminders, clock } = options;
  const embedded = 'pglite' in database ? (database as Database & { pglite: PGlite }) : null;
  const common = { schema: 'pgboss', application_name: 'titrate-jobs', cronMonitorIntervalSeconds: 30 };
  const boss = embedded
    ? new PgBoss({ ...common, db: pgliteAdapter(embedded) })
    : new PgBoss({ ...common, connectionString: options.databaseUrl as string, max: 3 });
  boss.on('error', (error) => options.onError?.(error));
  await boss.start();

  const scope = { organizationId: options.organizationId };
  const { clinicalRecord, betweenVisits, erx } = options;
  const handlers: Partial<Record<QueueName, () => Promise<unknown>>> = {
    'reminders.plan': () => reminders.planAll(clock.now(), scope),
    'reminders.dispatch': () =>
      reminders.dispatchDue(clock.now(), { worker: options.worker, organizationId: options.organizationId }),
    'adherence.sweep': () => reminders.sweepAdherence(clock.now(), scope),
    ...(clinicalRecord
      ? { 'monitoring.sweep': () => clinicalRecord.sweepMonitoring(clock.now(), scope) }
      : {}),
    ...(betweenVisits ? { 'check-ins.nudge': () => betweenVisits.sweepDueCheckIns(clock.now(), scope) } : {}),
    ...(erx ? { 'erx.retry': () => erx.deliverDue(scope) } : {}),
  };
  for (const [name, cron] of Object.entries(QUEUES) as [QueueName, string][]) {
    const handler = handlers[name];
    if (!handler) continue;
    if (!(await boss.getQueue(name))) {
      await boss.createQueue(name, {
        name,
        retryLimit: 3,
        retryDelay: 30,
        retryBackoff: true,
        expireInSeconds: 600,
        // Keep failed jobs for two weeks, so a failure is visible after the fact.
        retentionMinutes: 14 * 24 * 60,
      });
    }
    await boss.schedule(name, cron, {}, { tz: 'UTC' });
    await boss.work(name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async () => {
      await handler();
    });
  }
  return {
    boss,
    trigger: (name) => boss.send(name, {}),
    stop: () => boss.stop({ graceful: true, timeout: 10_000, wait: true }),
  };
}
