import os from 'node:os';
import type { Config } from './config.js';
import { type Database, openDatabase } from './db/database.js';
import { DEMO_DOMAIN, DEMO_PASSWORD } from './demo/clinic.js';
import { loadDemoClinic, organizationCount } from './demo/load.js';
import { createBetweenVisitsService } from './domain/between-visits.js';
import { createClinicalRecordService } from './domain/clinical-record.js';
import { systemClock } from './domain/deps.js';
import { createErxService } from './domain/erx.js';
import { createReminderService } from './domain/reminders.js';
import { buildApp } from './http/app.js';
import { type JobRunner, startJobs } from './jobs/queue.js';
import { createSmtpMailer, disabledMailer } from './notify/mailer.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Opens the database, migrates it, seeds the demo clinic into an empty one, and listens. */
export async function startServer(
  config: Config,
  print: (line: string) => void = console.log,
): Promise<RunningServer> {
  const database: Database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.databasePoolSize,
  });
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  let jobs: JobRunner | undefined;
  try {
    const applied = await database.migrate();
    if (applied.length > 0) print(`Applied ${applied.length} database migration(s).`);
    let demoLoaded = false;
    if (config.demo && (await organizationCount(database)) === 0) {
      print('Empty database: loading the demo clinic…');
      await loadDemoClinic(database);
      demoLoaded = true;
    }
    app = await buildApp({ config, database });
    await app.listen({ port: config.port, host: config.host });
    if (config.jobs) {
      const log = app.log;
      const mailer = config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.mailFrom) : disabledMailer;
      jobs = await startJobs({
        database,
        databaseUrl: config.databaseUrl,
        reminders: createReminderService({ db: database.db, config, clock: systemClock, mailer }),
        clinicalRecord: createClinicalRecordService({ db: database.db, config, clock: systemClock, mailer }),
        betweenVisits: createBetweenVisitsService({ db: database.db, config, clock: systemClock, mailer }),
        erx: createErxService({ db: database.db, config, clock: systemClock, mailer }),
        clock: systemClock,
        worker: `${os.hostname()}:${process.pid}`,
        onError: (error) => log.error({ err: error }, 'background job failed'),
      });
    }
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = config.publicUrl ?? `http://localhost:${port}`;
    print(`Titrate is running at ${url}`);
    print(
      database.kind === 'embedded'
        ? `Database: embedded PostgreSQL (PGlite) in ${config.dataDir}`
        : 'Database: PostgreSQL server (DATABASE_URL)',
    );
    if (demoLoaded || config.demo) {
      print(`Demo sign-in (password for every demo account: ${DEMO_PASSWORD}):`);
      print(
        `  clinicians: psychiatrist@${DEMO_DOMAIN}, np@${DEMO_DOMAIN}, pa@${DEMO_DOMAIN}, nurse@${DEMO_DOMAIN}`,
      );
      print(
        `  staff:      coordinator@${DEMO_DOMAIN}, therapist@${DEMO_DOMAIN}, frontdesk@${DEMO_DOMAIN}, admin@${DEMO_DOMAIN}`,
      );
      print(
        `  patients:   patient01@${DEMO_DOMAIN} … patient40@${DEMO_DOMAIN}; guardians: guardian01@${DEMO_DOMAIN} …`,
      );
    }
    const running = app;
    return {
      url,
      close: async () => {
        // Jobs finish what they hold (up to 10 s) before the database goes away.
        await jobs?.stop();
        // Fastify stops accepting connections and waits for in-flight requests before resolving.
        await running.close();
        await database.close();
      },
    };
  } catch (error) {
    await jobs?.stop().catch(() => {});
    await app?.close().catch(() => {});
    await database.close().catch(() => {});
    throw error;
  }
}
