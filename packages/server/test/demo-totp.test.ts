import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/db/database.js';
import { DEMO_DOMAIN, DEMO_PASSWORD } from '../src/demo/clinic.js';
import { loadDemoClinic } from '../src/demo/load.js';
import { demoTotpCode, demoTotpSecret } from '../src/demo/totp.js';
import { matchTotp } from '../src/domain/mfa.js';
import { openSecret } from '../src/domain/secret-box.js';
import { signInPasswordOnly, testApp } from './helpers.js';

const root = path.resolve(import.meta.dirname, '../../..');
const cli = path.join(root, 'packages/server/src/cli.ts');

describe('demo TOTP', () => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  const domain = `demo-totp-${Math.random().toString(36).slice(2, 8)}.titrate.test`;
  beforeAll(async () => {
    ctx = await testApp();
    await loadDemoClinic(ctx.database, {
      domain,
      slug: `demo-${domain}`,
      seed: Number.parseInt(domain.slice(10, 16), 36),
      anchorDate: '2026-11-01',
    });
  });
  afterAll(() => ctx.close());

  it('`titrate demo totp EMAIL` prints only the current code, which matches the stored secret', () => {
    const email = `psychiatrist@${DEMO_DOMAIN}`;
    const before = new Date();
    const child = spawnSync(process.execPath, ['--import', 'tsx', cli, 'demo', 'totp', email], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, LOG_LEVEL: 'silent' },
    });
    expect(child.status).toBe(0);
    const printed = child.stdout.trim();
    expect(printed).toMatch(/^\d{6}$/);
    // The printed code belongs to the demo secret at (about) the time it was run.
    expect(matchTotp(demoTotpSecret(email), printed, before)).not.toBeNull();
    expect([demoTotpCode(email, before), demoTotpCode(email, new Date())]).toContain(printed);
  });

  it('refuses a non-demo address with exit code 2', () => {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', cli, 'demo', 'totp', 'someone@clinic.example'],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(child.status).toBe(2);
    expect(child.stdout).toBe('');
    expect(child.stderr).toContain('not a demo account');
  });

  it('enrols every demo staff account with the derived secret, stored encrypted', async () => {
    const email = `nurse@${domain}`;
    const rows = await ctx.database.queryAsOwner<{ organization_id: string; id: string }>(
      'select organization_id, id from users where email = $1',
      [email],
    );
    const user = rows[0]!;
    const stored = await withTenant(ctx.database.db, user.organization_id, (trx) =>
      trx.selectFrom('user_mfa').selectAll().where('user_id', '=', user.id).executeTakeFirstOrThrow(),
    );
    expect(stored.confirmed_at).not.toBeNull();
    expect(stored.secret_encrypted).not.toContain(demoTotpSecret(email));
    expect(openSecret(stored.secret_encrypted)).toBe(demoTotpSecret(email));

    const { login, client } = await signInPasswordOnly(ctx.app, email, DEMO_PASSWORD);
    expect(login.json()).toEqual({ status: 'mfa-required' });
    const done = await client.request('POST', '/api/v1/auth/mfa', { code: demoTotpCode(email) });
    expect(done.statusCode).toBe(200);
    // Demo patients have no MFA.
    const patient = await signInPasswordOnly(ctx.app, `patient01@${domain}`, DEMO_PASSWORD);
    expect(patient.login.json().status).toBe('ok');
  });
});
