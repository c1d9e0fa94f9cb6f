import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openEmbedded, openPostgres } from '../src/db/database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

/**
 * Prepares the database once per run. PostgreSQL (DATABASE_URL): migrate it; tests share it and
 * each makes its own organization. Embedded: migrate one PGlite, dump it, and let every test
 * file start from a copy of that dump (much faster than initialising a database per file).
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const database = await openPostgres(url, 1);
    await database.migrate();
    await database.close();
    project.provide('pgliteTemplate', '');
    return;
  }
  const database = await openEmbedded();
  await database.migrate();
  const dump = await database.pglite.dumpDataDir('none');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'titrate-test-'));
  const file = path.join(dir, 'template.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('pgliteTemplate', file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
