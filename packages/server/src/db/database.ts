import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import lockfile from 'proper-lockfile';
import { MIGRATIONS } from './migrations/index.js';
import { PGliteDialect } from './pglite-dialect.js';
import type { DB } from './schema.js';

/** The role the application runs as; row-level security applies to it. */
export const APP_ROLE = 'titrate_app';
const MIGRATION_LOCK_KEY = 727_274_001;

export type DatabaseKind = 'embedded' | 'postgres';

export interface Database {
  kind: DatabaseKind;
  /** Query builder running as the application role (row-level security applies). */
  db: Kysely<DB>;
  /** Applies pending migrations as the schema owner; returns the names applied. */
  migrate(): Promise<string[]>;
  /** Runs raw SQL as the schema owner (migrations, tests that must bypass the app role). */
  execAsOwner(statements: string): Promise<void>;
  /** One parameterised query as the schema owner (maintenance commands that span organizations). */
  queryAsOwner<T>(statement: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export class DatabaseBusyError extends Error {}

// DATE columns stay 'YYYY-MM-DD' strings (no time-zone shifts); bigint counts become numbers.
pg.types.setTypeParser(1082, (value: string) => value);
pg.types.setTypeParser(20, (value: string) => Number(value));
const PGLITE_PARSERS = {
  1082: (value: string) => value,
  20: (value: string) => Number(value),
};

const ROLE_SETUP = `
do $$ begin
  if not exists (select 1 from pg_roles where rolname = '${APP_ROLE}') then
    create role ${APP_ROLE} nologin;
  end if;
end $$;
do $$ begin
  execute format('grant ${APP_ROLE} to %I', current_user);
exception when others then null; -- already a member, or a superuser (who needs no grant)
end $$;
create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now());
`;

async function applyMigrations(
  exec: (statements: string) => Promise<void>,
  appliedNames: () => Promise<string[]>,
): Promise<string[]> {
  await exec(ROLE_SETUP);
  const applied = new Set(await appliedNames());
  const done: string[] = [];
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.name)) continue;
    const record = `insert into schema_migrations (name) values ('${migration.name.replace(/'/g, "''")}');`;
    await exec(`begin;\n${migration.up}\n${record}\ncommit;`);
    done.push(migration.name);
  }
  return done;
}

export interface EmbeddedOptions {
  /** Folder for the database files; omit for an in-memory database. */
  dataDir?: string;
  /** A dump (from `dumpDataDir`) to start from, for fast test databases. */
  loadDataDir?: Blob | File;
}

/**
 * Opens the embedded PostgreSQL (PGlite). A data folder is opened by one process at a time:
 * a second opener gets a clear `DatabaseBusyError` instead of a corrupted folder.
 */
export async function openEmbedded(options: EmbeddedOptions = {}): Promise<Database & { pglite: PGlite }> {
  let releaseLock: (() => Promise<void>) | undefined;
  if (options.dataDir) {
    fs.mkdirSync(options.dataDir, { recursive: true });
    try {
      releaseLock = await lockfile.lock(options.dataDir, {
        lockfilePath: path.join(options.dataDir, 'titrate.lock'),
        stale: 15_000,
        update: 5_000,
        retries: 0,
        onCompromised: (error) => {
          process.emitWarning(`Lost the lock on the embedded database folder: ${error.message}`);
        },
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
        throw new DatabaseBusyError(
          `The embedded database in ${options.dataDir} is in use by another Titrate process ` +
            '(for example a running server). Stop that process first, or run this command against ' +
            'a PostgreSQL server with DATABASE_URL. If no other process is running, wait 15 seconds ' +
            'for the stale lock to expire.',
        );
      }
      throw error;
    }
  }
  const pglite = await PGlite.create({
    ...(options.dataDir ? { dataDir: path.join(options.dataDir, 'pgdata') } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    parsers: PGLITE_PARSERS,
  });
  // Everything but migrations runs as the application role.
  const asOwner = async <T>(fn: () => Promise<T>): Promise<T> => {
    await pglite.exec('reset role');
    try {
      return await fn();
    } finally {
      await pglite.exec(`set role ${APP_ROLE}`);
    }
  };
  const hasAppRole = await pglite.query(`select 1 from pg_roles where rolname = '${APP_ROLE}'`);
  if (hasAppRole.rows.length > 0) await pglite.exec(`set role ${APP_ROLE}`);

  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  const execAsOwner = (statements: string) =>
    asOwner(async () => {
      await pglite.exec(statements);
    });
  return {
    kind: 'embedded',
    db,
    pglite,
    execAsOwner,
    queryAsOwner: <T>(statement: string, params: unknown[] = []) =>
      asOwner(async () => (await pglite.query<T>(statement, params)).rows),
    migrate: () =>
      asOwner(() =>
        applyMigrations(
          async (statements) => {
            await pglite.exec(statements);
          },
          async () =>
            (await pglite.query<{ name: string }>('select name from schema_migrations')).rows.map(
              (r) => r.name,
            ),
        ),
      ),
    close: async () => {
      await db.destroy();
      await pglite.close();
      await releaseLock?.();
    },
  };
}

/** Opens a PostgreSQL server connection pool; every pooled connection runs as the app role. */
export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  pool.on('connect', (client) => {
    client.query(`set role ${APP_ROLE}`).catch(() => {
      // Before the first migration the role may not exist yet; queries will then fail clearly.
    });
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  const withOwnerClient = async <T>(fn: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  };
  return {
    kind: 'postgres',
    db,
    execAsOwner: (statements) =>
      withOwnerClient(async (client) => {
        await client.query(statements);
      }),
    queryAsOwner: <T>(statement: string, params: unknown[] = []) =>
      withOwnerClient(async (client) => (await client.query(statement, params)).rows as T[]),
    migrate: () =>
      withOwnerClient(async (client) => {
        // Several processes may start at once: one migrates, the others wait and find nothing to do.
        await client.query(`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
        try {
          return await applyMigrations(
            async (statements) => {
              await client.query(statements);
            },
            async () =>
              (await client.query<{ name: string }>('select name from schema_migrations')).rows.map(
                (r) => r.name,
              ),
          );
        } finally {
          await client.query(`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
        }
      }),
    close: async () => {
      await db.destroy();
    },
  };
}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  poolSize?: number;
}

export function openDatabase(options: OpenOptions): Promise<Database> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolSize)
    : openEmbedded({ dataDir: options.dataDir });
}

/**
 * Runs `fn` in a transaction scoped to one organization: row-level security then shows only
 * that organization's rows. Every tenant-scoped query goes through here.
 */
export function withTenant<T>(
  db: Kysely<DB>,
  organizationId: string,
  fn: (trx: Transaction<DB>) => Promise<T>,
) {
  return db.transaction().execute(async (trx) => {
    await sql`select set_config('app.organization_id', ${organizationId}, true)`.execute(trx);
    return fn(trx);
  });
}
