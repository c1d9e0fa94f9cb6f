// The clinician workspace (issue #5) in a real browser against the built app: caseload, prescribing with
// live safety alerts and an override reason, in-clinic PHQ-9 scores, a dose change, and the treatment
// timeline showing it. Saves the screenshots the README links (caseload, prescribing-alerts, timeline).

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  chooseDrug,
  demoCode,
  demoEmail,
  desktopViewport,
  expectNoSeriousAxeViolations,
  getJson,
  isoDaysAgo,
  noHorizontalScroll,
  phoneViewport,
  screenshot,
  signIn,
  useBrowser,
} from './harness.js';

const baseUrl = inject('baseUrl');
const { newPage } = useBrowser();
let page: Page;

beforeAll(async () => {
  page = await newPage();
});

const apiJson = <T>(path: string) => getJson<T>(page, `${baseUrl}${path}`);

interface CaseloadItem {
  patient: { id: string; givenName: string; familyName: string; dateOfBirth: string };
  reasons: { code: string }[];
}

/** Enters a score in clinic through the API (as the signed-in clinician), to give the caseload a need. */
async function postScore(patientId: string, instrument: string, answers: number[]): Promise<void> {
  const session = await apiJson<{ csrfToken: string }>('/api/v1/auth/session');
  const response = await page.request.post(`${baseUrl}/api/v1/patients/${patientId}/scores`, {
    headers: { 'X-CSRF-Token': session.csrfToken },
    data: { instrument, answers },
  });
  expect(response.status(), `POST scores for ${patientId}`).toBe(201);
}

/**
 * Records a vital sign or a visit for the timeline's event lanes. Those belong to other parts of the
 * chart, so this test does not depend on them: a refusal only leaves a lane out of the screenshot.
 */
async function postBestEffort(path: string, data: unknown): Promise<void> {
  const session = await apiJson<{ csrfToken: string }>('/api/v1/auth/session');
  await page.request
    .post(`${baseUrl}${path}`, { headers: { 'X-CSRF-Token': session.csrfToken }, data })
    .catch(() => undefined);
}

/** The first adult on the signed-in clinician's caseload (read through `json`) with no medication orders. */
async function adultWithoutOrders(
  json: <T>(path: string) => Promise<T>,
): Promise<CaseloadItem['patient'] | undefined> {
  const caseload = await json<{ items: CaseloadItem[] }>('/api/v1/caseload');
  for (const item of caseload.items) {
    if (item.patient.dateOfBirth > isoDaysAgo(30 * 365)) continue;
    const orders = await json<{ items: unknown[] }>(`/api/v1/patients/${item.patient.id}/medication-orders`);
    if (orders.items.length === 0) return item.patient;
  }
  return undefined;
}

async function fillSharedDecision(on: Page = page): Promise<void> {
  await on.getByLabel('Options discussed (one per line)').fill('Continue current plan\nThis medication');
  await on.getByLabel('Benefits and risks explained').check();
  await on.getByLabel('The patient’s preference').fill('Prefers to start now');
}

/** Gives a reason for every alert that needs one. */
async function overrideAll(reason: string): Promise<void> {
  const fields = page.getByLabel('Reason to override (required to sign)');
  for (const field of await fields.all()) await field.fill(reason);
}

async function signAndExpectActive(): Promise<void> {
  await page.getByRole('button', { name: 'Sign order' }).click();
  await page.getByRole('heading', { level: 2, name: 'Order signed' }).waitFor();
  await expect.poll(() => page.locator('.order-status').textContent()).toBe('Active');
}

async function enterPhq9(answers: number[]): Promise<void> {
  const entry = page.locator('details.score-entry');
  if ((await entry.getAttribute('open')) === null) await entry.locator('summary').click();
  const form = entry.locator('form');
  await form.getByLabel('Scale').selectOption('PHQ-9');
  const selects = form.locator('.score-item select');
  for (const [index, answer] of answers.entries()) await selects.nth(index).selectOption(String(answer));
  await form.getByRole('button', { name: 'Save PHQ-9' }).click();
  await form.getByText(`PHQ-9 saved: ${answers.reduce((a, b) => a + b, 0)}`).waitFor();
}

describe('clinician workspace', () => {
  it('caseload, an order with a major alert and its override, scores, a dose change and the timeline', async () => {
    await signIn(page, baseUrl, 'psychiatrist');
    // Prescribers, nurses and coordinators land on their caseload.
    await page.waitForURL(`${baseUrl}/caseload`);

    // Give two patients a need: a PHQ-9 that rose by 9 points, and a positive item 9 (an urgent task).
    const before = await apiJson<{ items: CaseloadItem[] }>('/api/v1/caseload');
    const [worse, unsafe] = before.items
      .filter((item) => item.reasons.length === 0)
      .slice(-2)
      .map((item) => item.patient);
    if (!worse || !unsafe) throw new Error('the psychiatrist’s caseload is too small');
    await postScore(worse.id, 'PHQ-9', [1, 1, 1, 1, 1, 1, 1, 0, 0]);
    await postScore(worse.id, 'PHQ-9', [2, 2, 2, 2, 2, 2, 2, 2, 0]);
    await postScore(unsafe.id, 'PHQ-9', [2, 2, 1, 1, 1, 1, 1, 1, 1]);

    await page.goto(`${baseUrl}/caseload`);
    await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();
    const table = page.getByRole('table', { name: 'My patients, most in need first' });
    // Ordered by need: urgent safety tasks first, then worsening scores, then everyone else.
    const unsafeRow = table.getByRole('row').filter({ hasText: `${unsafe.familyName}, ${unsafe.givenName}` });
    const worseRow = table.getByRole('row').filter({ hasText: `${worse.familyName}, ${worse.givenName}` });
    await unsafeRow.getByText('Urgent safety').waitFor();
    await worseRow.getByText('Worsening score').waitFor();
    await expect.poll(() => worseRow.textContent()).toContain('PHQ-9 up 9 points (7 → 16)');
    const order = await table
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.querySelector('.badge')?.textContent ?? ''));
    const rank = (badge: string) => (badge === 'Urgent safety' ? 0 : badge === 'Worsening score' ? 1 : 2);
    expect(order.map(rank)).toEqual([...order.map(rank)].sort());
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'caseload');

    // A filter chip narrows the list to one reason.
    await page.getByRole('button', { name: /^Worsening score/ }).click();
    await expect
      .poll(() =>
        table
          .locator('tbody tr')
          .evaluateAll((rows) =>
            rows.every((row) =>
              [...row.querySelectorAll('.badge')].some((b) => b.textContent === 'Worsening score'),
            ),
          ),
      )
      .toBe(true);
    await worseRow.waitFor();
    expect(await unsafeRow.count()).toBe(0);
    await page.getByRole('button', { name: /^All/ }).click();

    // The tasks inbox: the safety task is taken on (PATCH with If-Match).
    await page.getByRole('tab', { name: /Tasks/ }).click();
    const tasks = page.getByRole('list', { name: 'Tasks' });
    const task = tasks.getByRole('listitem').filter({ hasText: 'same-day safety review' }).first();
    await task.getByRole('button', { name: /^Start: / }).click();
    await task.getByText('In progress').waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('tab', { name: /My patients/ }).click();

    // An adult on the psychiatrist's caseload with no medication orders yet.
    const caseload = await apiJson<{ items: CaseloadItem[] }>('/api/v1/caseload');
    let target: CaseloadItem['patient'] | undefined;
    for (const item of caseload.items) {
      if (item.patient.dateOfBirth > isoDaysAgo(30 * 365)) continue;
      if ([worse.id, unsafe.id].includes(item.patient.id)) continue;
      const orders = await apiJson<{ items: unknown[] }>(
        `/api/v1/patients/${item.patient.id}/medication-orders`,
      );
      if (orders.items.length === 0) {
        target = item.patient;
        break;
      }
    }
    if (!target) throw new Error('no adult without orders on the psychiatrist’s caseload');

    const at = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    await postBestEffort(`/api/v1/patients/${target.id}/observations`, {
      code: 'heart-rate',
      value: 74,
      effectiveAt: at(40),
    });
    await postBestEffort(`/api/v1/patients/${target.id}/observations`, {
      code: 'heart-rate',
      value: 70,
      effectiveAt: at(2),
    });
    await postBestEffort(`/api/v1/patients/${target.id}/appointments`, {
      startsAt: new Date(Date.now() + 14 * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z'),
      modality: 'in-person',
      reasonKind: 'follow-up',
    });

    await page.getByLabel('Search by name or MRN').fill(target.familyName);
    await table
      .getByRole('link', { name: `${target.familyName}, ${target.givenName}` })
      .first()
      .click();
    await page.waitForURL(`${baseUrl}/patients/${target.id}`);
    await page.getByRole('heading', { level: 2, name: 'Treatment timeline' }).waitFor();
    await page.getByText('No active medications.').waitFor();

    // 1. An antidepressant, started eight weeks ago.
    await page.getByRole('link', { name: 'New order' }).click();
    await page.waitForURL(`${baseUrl}/patients/${target.id}/orders/new`);
    await chooseDrug(page, 'Zoloft', 'Sertraline');
    await page.getByLabel('Dose', { exact: true }).fill('50');
    await page.getByLabel(/Start date/).fill(isoDaysAgo(56));
    await page.getByLabel('Quantity').fill('30');
    await page.getByLabel(/Indication/).fill('Major depressive disorder');
    await fillSharedDecision();
    await overrideAll('Reviewed; benefits outweigh the risk');
    await signAndExpectActive();

    // 2. A drug the engine flags against it: the alert shows beside the form and blocks signing.
    await page.getByRole('link', { name: 'Back to the chart' }).click();
    await page.getByText('Sertraline').first().waitFor();
    await page.getByRole('link', { name: 'New order' }).click();
    await chooseDrug(page, 'linezolid', 'Linezolid');
    await page.getByLabel('Dose', { exact: true }).fill('600');
    await page.getByLabel('Frequency').selectOption('2');
    await page.getByText(/Draft saved · [1-9]/).waitFor();
    const alerts = page.getByRole('list', { name: 'Alerts' });
    await alerts
      .getByText(/serotonin toxicity/i)
      .first()
      .waitFor();
    await expect.poll(() => alerts.getByText(/Contraindicated|Major/).count()).toBeGreaterThan(0);
    await fillSharedDecision();
    await expectNoSeriousAxeViolations(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'prescribing-alerts');

    await page.getByRole('button', { name: 'Sign order' }).click();
    await page
      .getByRole('alert')
      .getByText(/must be acknowledged with a reason/)
      .waitFor();
    await page.getByText('Give a reason to override this alert.').first().waitFor();
    await overrideAll('Inpatient team: short linezolid course, serotonin toxicity monitoring agreed');
    await signAndExpectActive();

    // 3. PHQ-9 in clinic, a dose change, and another PHQ-9.
    await page.getByRole('link', { name: 'Back to the chart' }).click();
    await page.getByRole('heading', { level: 3, name: 'Scores' }).waitFor();
    await enterPhq9([3, 3, 2, 2, 2, 2, 2, 2, 0]);
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('link', { name: 'Change dose of sertraline' }).click();
    await page.getByRole('heading', { level: 2, name: /Change dose: Sertraline/ }).waitFor();
    await page.getByLabel('Dose', { exact: true }).fill('100');
    await page.getByText(/Draft saved/).waitFor();
    await overrideAll('Linezolid course supervised; dose change agreed');
    await signAndExpectActive();
    await page.getByRole('link', { name: 'Back to the chart' }).click();
    await page.getByRole('heading', { level: 3, name: 'Scores' }).waitFor();
    await enterPhq9([1, 1, 1, 1, 1, 1, 1, 2, 0]);

    // 4. The timeline shows the step and what the score did since.
    const summary = page.locator('.timeline-summary');
    await expect
      .poll(() => summary.textContent())
      .toMatch(/Sertraline raised 50→100 mg\/day on .*PHQ-9 18→9 since/);
    const timeline = page.getByRole('group', { name: /Treatment timeline/ });
    await timeline.getByRole('img', { name: /^Sertraline 100 mg\/day/ }).waitFor();
    await timeline.getByRole('img', { name: /^Sertraline 50 mg\/day/ }).waitFor();
    // Hover or focus shows the details.
    await timeline.getByRole('img', { name: /^Sertraline 100 mg\/day/ }).focus();
    await page.locator('.timeline-tip').getByText('Sertraline 100 mg/day').waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'timeline');

    // The chart with its timeline fits a phone without sideways scrolling.
    await page.setViewportSize(phoneViewport);
    await expect.poll(() => noHorizontalScroll(page)).toBe(true);
  });

  it('a physician assistant’s order waits for co-signature, and the supervising psychiatrist co-signs it', async () => {
    // The psychiatrist is signed in on `page` (previous test); the PA gets a browser profile of their own.
    const psychiatrist = await apiJson<{ user: { id: string } }>('/api/v1/auth/session');
    const pa = await newPage();
    try {
      await signIn(pa, baseUrl, 'pa');
      const paJson = <T>(path: string) => getJson<T>(pa, `${baseUrl}${path}`);
      const target = await adultWithoutOrders(paJson);
      if (!target) throw new Error('no adult without orders on the PA’s caseload');
      // The supervising psychiatrist joins the care team, so they may open the chart to co-sign.
      const session = await paJson<{ csrfToken: string }>('/api/v1/auth/session');
      const joined = await pa.request.post(`${baseUrl}/api/v1/patients/${target.id}/care-team`, {
        headers: { 'X-CSRF-Token': session.csrfToken },
        data: { userId: psychiatrist.user.id, role: 'prescriber' },
      });
      expect(joined.status()).toBeLessThan(300);

      await pa.goto(`${baseUrl}/patients/${target.id}/orders/new`);
      await chooseDrug(pa, 'escitalopram', 'Escitalopram');
      await pa.getByLabel('Dose', { exact: true }).fill('10');
      await fillSharedDecision(pa);
      for (const field of await pa.getByLabel('Reason to override (required to sign)').all()) {
        await field.fill('Reviewed with the patient');
      }
      await pa.getByRole('button', { name: 'Sign (sends for co-signature)' }).click();
      await pa.getByRole('heading', { level: 2, name: 'Order signed' }).waitFor();
      await expect.poll(() => pa.locator('.order-status').textContent()).toBe('Waiting for co-signature');

      await page.setViewportSize(desktopViewport);
      await page.goto(`${baseUrl}/patients/${target.id}`);
      const medications = page.getByRole('region', { name: 'Medications' });
      await medications.getByText('Waiting for co-signature').waitFor();
      await medications.getByRole('button', { name: 'Co-sign' }).click();
      await medications.getByText('Escitalopram co-signed; it is now active.').waitFor();
      await expect.poll(() => medications.getByText('Waiting for co-signature').count()).toBe(0);
    } finally {
      await pa.context().close();
    }
  });

  it('a controlled substance is signed only with the PDMP attestation and a fresh code', async () => {
    // The psychiatrist is still signed in on `page`.
    const target = await adultWithoutOrders(apiJson);
    if (!target) throw new Error('no adult without orders on the psychiatrist’s caseload');

    await page.goto(`${baseUrl}/patients/${target.id}/orders/new`);
    await chooseDrug(page, 'Ativan', 'Lorazepam');
    await page.getByLabel('Dose', { exact: true }).fill('0.5');
    await fillSharedDecision();
    await overrideAll('Reviewed with the patient');
    await page.getByRole('group', { name: /Controlled substance \(schedule IV\)/ }).waitFor();

    await page.getByRole('button', { name: 'Sign order' }).click();
    await page
      .getByRole('alert')
      .getByText(/prescription-monitoring program/)
      .waitFor();

    await page.getByLabel(/I checked the prescription-monitoring program/).check();
    await page.getByRole('button', { name: 'Sign order' }).click();
    await page
      .getByRole('alert')
      .getByText(/fresh verification code/)
      .waitFor();

    await page
      .getByLabel('Verification code from your authenticator app')
      .fill(await demoCode(demoEmail('psychiatrist')));
    await signAndExpectActive();
  });
});
