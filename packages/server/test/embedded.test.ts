import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DatabaseBusyError, openEmbedded } from '../src/db/database.js';

// The CLI from source (the compiled copy may be older than the code under test).
const cli = path.resolve(import.meta.dirname, '../src/cli.ts');
const nodeArgs = ['--import', 'tsx', cli];
const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'titrate-embedded-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(Boolean(process.env.DATABASE_URL))('embedded database folder', () => {
  it('is opened by one process at a time: a second opener gets a clear message and the folder survives', async () => {
    const dir = tempDir();
    const first = await openEmbedded({ dataDir: dir });
    await first.migrate();
    await first.execAsOwner(`insert into organizations (name, slug) values ('Kept', 'kept')`);
    await expect(openEmbedded({ dataDir: dir })).rejects.toBeInstanceOf(DatabaseBusyError);
    // A CLI verb in another process while the folder is held: exit 1 and an explanation, no damage.
    const child = spawnSync(process.execPath, [...nodeArgs, 'migrate'], {
      env: { ...process.env, TITRATE_DATA_DIR: dir, DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(child.status).toBe(1);
    expect(child.stderr).toMatch(/in use by another Titrate process/);
    await first.close();
    const reopened = await openEmbedded({ dataDir: dir });
    const rows = await reopened.queryAsOwner<{ slug: string }>('select slug from organizations');
    expect(rows).toEqual([{ slug: 'kept' }]);
    expect(await reopened.migrate()).toEqual([]);
    await reopened.close();
  });
});

describe('titrate CLI', () => {
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [...nodeArgs, ...args], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('prints help for every verb', () => {
    for (const verb of ['start', 'migrate', 'demo']) {
      const result = run([verb, '--help']);
      expect(result.status, verb).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`Usage: titrate ${verb}`));
    }
  });

  it('exits 2 naming the variable when the configuration is invalid', () => {
    const result = run(['migrate'], { PORT: 'eighty' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/PORT/);
  });

  it('exits 2 on an unknown verb', () => {
    expect(run(['frobnicate']).status).toBe(2);
  });
});
