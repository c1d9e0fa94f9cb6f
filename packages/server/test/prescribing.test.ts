import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../src/db/database.js';
import { type Client, createTenant, signIn, type Tenant, testApp, testTotpCode } from './helpers.js';

// The CLI from source with `@titrate/clinical` pointed at the engine's source (as cli-clinical.test.ts runs it).
const root = path.resolve(import.meta.dirname, '../../..');
const clinicalSource = pathToFileURL(path.join(root, 'packages/clinical/src/index.ts')).href;
const hooks = `export function resolve(specifier, context, next) {
  return next(specifier === '@titrate/clinical' ? ${JSON.stringify(clinicalSource)} : specifier, context);
}`;
const registerHooks = `import { register } from 'node:module';
register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`;
const cliArgs = [
  '--import',
  'tsx',
  '--import',
  `data:text/javascript,${encodeURIComponent(registerHooks)}`,
  path.join(root, 'packages/server/src/cli.ts'),
];

const DECISION = {
  optionsDiscussed: ['sertraline', 'escitalopram', 'psychotherapy alone'],
  benefitsRisksExplained: true,
  patientPreference: 'Prefers a once-daily tablet.',
};

const sertraline = {
  drug: 'sertraline',
  action: 'start',
  doseAmount: 50,
  doseUnit: 'mg',
  frequency: { timesPerDay: 1 },
};

describe('medication orders', () => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let tenant: Tenant;
  let prescriber: Client;
  let pa: Client;
  let otherPrescriber: Client;
  let therapist: Client;
  let patient: Client;
  const base = (i: number) => `/api/v1/patients/${tenant.patients[i]!.id}/medication-orders`;

  /** Drafts and signs an order; returns the signed order. */
  async function startOrder(
    client: Client,
    i: number,
    body: object,
    sign: object = { sharedDecision: DECISION },
  ) {
    const draft = await client.request('POST', base(i), body);
    expect(draft.statusCode, draft.body).toBe(201);
    const signed = await client.request('POST', `${base(i)}/${draft.json().order.id}/sign`, sign);
    expect(signed.statusCode, signed.body).toBe(200);
    return signed.json().order;
  }

  beforeAll(async () => {
    ctx = await testApp();
    tenant = await createTenant(ctx.database, 4);
    const { users, patients } = tenant;
    // The outsider becomes a PA supervised by `prescriber`; the nurse also prescribes (not a supervisor).
    await withTenant(ctx.database.db, tenant.organizationId, async (trx) => {
      await trx
        .updateTable('users')
        .set({ credential: 'PA', supervising_user_id: users.prescriber!.id })
        .where('id', '=', users.outsider!.id)
        .execute();
      await trx
        .insertInto('user_roles')
        .values({ user_id: users.nurse!.id, organization_id: tenant.organizationId, role: 'prescriber' })
        .execute();
      await trx
        .insertInto('care_team_members')
        .values(
          patients.map((p) => ({
            organization_id: tenant.organizationId,
            patient_id: p.id,
            user_id: users.outsider!.id,
            role: 'prescriber' as const,
          })),
        )
        .execute();
    });
    prescriber = await signIn(ctx.app, users.prescriber!.email);
    pa = await signIn(ctx.app, users.outsider!.email);
    otherPrescriber = await signIn(ctx.app, users.nurse!.email);
    therapist = await signIn(ctx.app, users.therapist!.email);
    patient = await signIn(ctx.app, users.patient!.email);
  });
  afterAll(() => ctx.close());

  it('signs a benign order without any override, and it becomes active', async () => {
    const draft = await prescriber.request('POST', base(0), sertraline);
    expect(draft.statusCode, draft.body).toBe(201);
    expect(draft.json().order.status).toBe('draft');
    expect(draft.json().alerts.filter((a: { requiresOverride: boolean }) => a.requiresOverride)).toEqual([]);
    const signed = await prescriber.request('POST', `${base(0)}/${draft.json().order.id}/sign`, {
      sharedDecision: DECISION,
    });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().order).toMatchObject({ status: 'active', drug: 'sertraline', rxnorm: '36437' });
    const detail = await prescriber.request('GET', `${base(0)}/${draft.json().order.id}`);
    expect(detail.json().sharedDecision).toMatchObject(DECISION);
    expect(detail.json().alerts.filter((a: { requiresOverride: boolean }) => a.requiresOverride)).toEqual([]);
  });

  it('needs a shared decision to sign a new medication', async () => {
    const draft = await prescriber.request('POST', base(3), {
      ...sertraline,
      drug: 'escitalopram',
      doseAmount: 10,
    });
    const res = await prescriber.request('POST', `${base(3)}/${draft.json().order.id}/sign`, {});
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].field).toBe('sharedDecision');
    // The abandoned draft is kept, marked entered in error, and can no longer be signed.
    const url = `${base(3)}/${draft.json().order.id}`;
    const discarded = await prescriber.request('POST', `${url}/entered-in-error`, {
      reason: 'Wrong patient',
    });
    expect(discarded.statusCode, discarded.body).toBe(200);
    expect(discarded.json()).toMatchObject({ status: 'entered-in-error', errorReason: 'Wrong patient' });
    expect((await prescriber.request('POST', `${url}/sign`, { sharedDecision: DECISION })).statusCode).toBe(
      409,
    );
    expect(
      (await prescriber.request('GET', base(3))).json().items.map((o: { id: string }) => o.id),
    ).toContain(draft.json().order.id);
  });

  it('shows an interaction on the draft, refuses to sign without a reason, records the override', async () => {
    const draft = await prescriber.request('POST', base(0), {
      drug: 'linezolid',
      action: 'start',
      doseAmount: 600,
      doseUnit: 'mg',
      frequency: { timesPerDay: 2 },
      indication: 'MRSA pneumonia',
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const alert = draft
      .json()
      .alerts.find((a: { code: string }) => a.code === 'interaction.serotonin-syndrome');
    expect(alert).toMatchObject({ severity: 'contraindicated', requiresOverride: true });
    const url = `${base(0)}/${draft.json().order.id}/sign`;

    const refused = await prescriber.request('POST', url, { sharedDecision: DECISION });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: `overrides.${alert.key}` })]),
    );
    // Nothing was signed or stored by the refusal.
    expect((await prescriber.request('GET', `${base(0)}/${draft.json().order.id}`)).json().order.status).toBe(
      'draft',
    );

    const reason =
      'Infectious disease consult: no alternative; sertraline held, daily serotonin-toxicity checks';
    const signed = await prescriber.request('POST', url, {
      sharedDecision: DECISION,
      overrides: [{ key: alert.key, reason }],
    });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().order.status).toBe('active');

    const alerts = await prescriber.request('GET', `/api/v1/patients/${tenant.patients[0]!.id}/order-alerts`);
    expect(alerts.statusCode).toBe(200);
    const stored = alerts.json().items.find((a: { key: string }) => a.key === alert.key);
    expect(stored.override).toMatchObject({ reason, userId: tenant.users.prescriber!.id });
    expect(Date.parse(stored.override.at)).toBeGreaterThan(Date.now() - 60_000);
    expect(stored.orderId).toBe(draft.json().order.id);
  });

  it('re-runs the check when a draft is edited (If-Match required)', async () => {
    const draft = await prescriber.request('POST', base(3), { ...sertraline, doseAmount: 50 });
    const url = `${base(3)}/${draft.json().order.id}`;
    expect((await prescriber.request('PATCH', url, { doseAmount: 400 })).statusCode).toBe(428);
    const edited = await prescriber.request('PATCH', url, { doseAmount: 400 }, { 'if-match': 'W/"1"' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().order.doseAmount).toBe(400);
    expect(edited.json().alerts.map((a: { code: string }) => a.code)).toContain('dose.above-maximum');
    expect(
      (await prescriber.request('PATCH', url, { doseAmount: 100 }, { 'if-match': 'W/"1"' })).statusCode,
    ).toBe(409);
  });

  it('supersedes the old order on a dose change, keeping the history', async () => {
    const first = await startOrder(prescriber, 1, sertraline);
    const change = await prescriber.request('POST', base(1), {
      ...sertraline,
      action: 'change-dose',
      doseAmount: 100,
      replacesOrderId: first.id,
    });
    expect(change.statusCode, change.body).toBe(201);
    // The replaced sertraline is not counted twice (no duplication alert against itself).
    expect(change.json().alerts.map((a: { code: string }) => a.code)).not.toContain(
      'duplication.therapeutic',
    );
    const signed = await prescriber.request('POST', `${base(1)}/${change.json().order.id}/sign`, {});
    expect(signed.statusCode, signed.body).toBe(200);
    const list = (await prescriber.request('GET', base(1))).json().items;
    expect(list.map((o: { id: string; status: string }) => [o.id, o.status])).toEqual([
      [change.json().order.id, 'active'],
      [first.id, 'completed'],
    ]);
    const detail = (await prescriber.request('GET', `${base(1)}/${change.json().order.id}`)).json();
    expect(detail.history.map((o: { id: string }) => o.id)).toEqual([first.id]);
    // A superseding order is corrected by a new order, not by undoing it.
    const undo = await prescriber.request('POST', `${base(1)}/${change.json().order.id}/entered-in-error`, {
      reason: 'oops',
    });
    expect(undo.statusCode).toBe(409);
    // Two drafts against one order: once one is signed, the other cannot supersede it too.
    const current = change.json().order.id;
    const a = await prescriber.request('POST', base(1), {
      ...sertraline,
      action: 'change-dose',
      doseAmount: 150,
      replacesOrderId: current,
    });
    const b = await prescriber.request('POST', base(1), {
      ...sertraline,
      action: 'change-dose',
      doseAmount: 50,
      replacesOrderId: current,
    });
    expect((await prescriber.request('POST', `${base(1)}/${a.json().order.id}/sign`, {})).statusCode).toBe(
      200,
    );
    expect((await prescriber.request('POST', `${base(1)}/${b.json().order.id}/sign`, {})).statusCode).toBe(
      409,
    );
    // A change must name an active order of the same drug.
    const again = await prescriber.request('POST', base(1), {
      ...sertraline,
      action: 'change-dose',
      replacesOrderId: first.id,
    });
    expect(again.statusCode).toBe(422);
  });

  it('switches with a cross-taper plan, then tapers with the engine’s plan', async () => {
    const active = (await prescriber.request('GET', base(1)))
      .json()
      .items.find((o: { status: string }) => o.status === 'active');
    const sw = await prescriber.request('POST', base(1), {
      drug: 'escitalopram',
      action: 'switch',
      doseAmount: 10,
      doseUnit: 'mg',
      frequency: { timesPerDay: 1 },
      replacesOrderId: active.id,
    });
    expect(sw.statusCode, sw.body).toBe(201);
    const signed = await prescriber.request('POST', `${base(1)}/${sw.json().order.id}/sign`, {
      sharedDecision: DECISION,
    });
    expect(signed.statusCode, signed.body).toBe(200);
    const detail = (await prescriber.request('GET', `${base(1)}/${sw.json().order.id}`)).json();
    expect(detail.crossTaper).toMatchObject({ from: 'sertraline', to: 'escitalopram' });
    expect(detail.history[0]).toMatchObject({ id: active.id, status: 'stopped' });

    const taper = await startOrder(
      prescriber,
      1,
      {
        ...sertraline,
        drug: 'escitalopram',
        action: 'taper',
        doseAmount: 10,
        replacesOrderId: sw.json().order.id,
      },
      {},
    );
    const taperDetail = (await prescriber.request('GET', `${base(1)}/${taper.id}`)).json();
    expect(taperDetail.taperPlan.steps.at(-1).dailyDose).toBe(0);
  });

  it('needs a reason to record a decision to avoid a drug', async () => {
    const missing = await prescriber.request('POST', base(2), { drug: 'valproate', action: 'avoid' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].field).toBe('body.reason');
    const avoid = await startOrder(
      prescriber,
      2,
      { drug: 'valproate', action: 'avoid', reason: 'Planning pregnancy: teratogenic' },
      {},
    );
    expect(avoid).toMatchObject({
      action: 'avoid',
      status: 'completed',
      reason: 'Planning pregnancy: teratogenic',
    });
  });

  it('holds a PA’s order for the supervising psychiatrist’s co-signature', async () => {
    const draft = await pa.request('POST', base(2), { ...sertraline, drug: 'escitalopram', doseAmount: 10 });
    const signed = await pa.request('POST', `${base(2)}/${draft.json().order.id}/sign`, {
      sharedDecision: DECISION,
    });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().order.status).toBe('pending-cosign');
    const cosignUrl = `${base(2)}/${draft.json().order.id}/cosign`;
    const other = await otherPrescriber.request('POST', cosignUrl);
    expect(other.statusCode).toBe(403);
    const own = await pa.request('POST', cosignUrl);
    expect(own.statusCode).toBe(403);
    const cosigned = await prescriber.request('POST', cosignUrl);
    expect(cosigned.statusCode, cosigned.body).toBe(200);
    expect(cosigned.json()).toMatchObject({
      status: 'active',
      cosignerId: tenant.users.prescriber!.id,
      prescriberId: tenant.users.outsider!.id,
    });
    expect((await prescriber.request('POST', cosignUrl)).statusCode).toBe(409);
  });

  it('needs a PDMP attestation and a fresh code to sign a controlled substance', async () => {
    const draft = await prescriber.request('POST', base(3), {
      drug: 'lorazepam',
      action: 'start',
      doseAmount: 0.5,
      doseUnit: 'mg',
      frequency: { timesPerDay: 2 },
    });
    const url = `${base(3)}/${draft.json().order.id}/sign`;
    const noPdmp = await prescriber.request('POST', url, { sharedDecision: DECISION });
    expect(noPdmp.statusCode).toBe(422);
    expect(noPdmp.json().errors[0].field).toBe('pdmpChecked');
    const noCode = await prescriber.request('POST', url, { sharedDecision: DECISION, pdmpChecked: true });
    expect(noCode.statusCode).toBe(403);
    const badCode = await prescriber.request('POST', url, {
      sharedDecision: DECISION,
      pdmpChecked: true,
      mfaCode: '000000',
    });
    expect([403, 422]).toContain(badCode.statusCode);
    expect((await prescriber.request('GET', `${base(3)}/${draft.json().order.id}`)).json().order.status).toBe(
      'draft',
    );
    const signed = await prescriber.request('POST', url, {
      sharedDecision: DECISION,
      pdmpChecked: true,
      mfaCode: testTotpCode(tenant.users.prescriber!.email),
    });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().order.status).toBe('active');
    expect(signed.json().order.pdmpCheckedAt).not.toBeNull();
  });

  it('gives the patient their active medications with education', async () => {
    const res = await patient.request('GET', '/api/v1/me/medications');
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items.map((m: { drug: string }) => m.drug).sort()).toEqual(['linezolid', 'sertraline']);
    const education = items.find((m: { drug: string }) => m.drug === 'sertraline').education[0];
    expect(education.purpose).toEqual(expect.any(String));
    expect(education.missedDose).toEqual(expect.any(String));
  });

  it('keeps orders from a therapist without consent and from other roles', async () => {
    expect((await therapist.request('GET', base(0))).statusCode).toBe(403);
    expect((await therapist.request('POST', base(0), sertraline)).statusCode).toBe(403);
  });

  it('audits reads, creates, signatures, overrides and co-signatures, without health information', async () => {
    const rows = await ctx.database.queryAsOwner<{
      action: string;
      resource_type: string;
      detail: Record<string, unknown>;
    }>(
      `select action, resource_type, detail from audit_events where organization_id = $1 and resource_type in ('MedicationRequest', 'DetectedIssue')`,
      [tenant.organizationId],
    );
    const seen = new Set(
      rows.map((r) => `${r.action} ${r.resource_type} ${r.detail.operation ?? ''}`.trim()),
    );
    for (const expected of [
      'create MedicationRequest',
      'update MedicationRequest sign',
      'update MedicationRequest cosign',
      'create DetectedIssue override',
      'read MedicationRequest',
      'read DetectedIssue',
    ]) {
      expect(seen, expected).toContain(expected);
    }
    expect(JSON.stringify(rows)).not.toContain('Infectious disease consult');
  });

  it('answers POST /check exactly as `titrate check` does for the same document', async () => {
    const doc = {
      asOf: '2026-11-22',
      patient: { age: 34, sex: 'female', allergies: ['lamotrigine'] },
      current: [{ drug: 'sertraline', dose: 100, unit: 'mg', frequency: 'daily' }],
      proposed: [
        { drug: 'tramadol', dose: 50, unit: 'mg', frequency: 'every 6 hours as needed', refills: 0 },
      ],
    };
    const api = await prescriber.request('POST', '/api/v1/check', doc);
    expect(api.statusCode, api.body).toBe(200);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'titrate-check-'));
    const file = path.join(dir, 'doc.json');
    fs.writeFileSync(file, JSON.stringify(doc));
    const cli = execFileSync(process.execPath, [...cliArgs, 'check', file, '--json'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(api.json()).toEqual(JSON.parse(cli));
    expect(api.json().alerts.length).toBeGreaterThan(0);
    const bad = await prescriber.request('POST', '/api/v1/check', {
      proposed: [{ drug: 'x', dose: 'a lot' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toContain('proposed[0].dose');
  });
});
