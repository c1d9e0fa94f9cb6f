// The supervising psychiatrist's co-signature queue (issue #5), in a real browser against the built app:
// the demo PA signs an order for one of their patients whose care team the psychiatrist is not on; the
// psychiatrist finds it from the caseload, reviews the order, its alerts with the override reasons and
// the patient's record, and co-signs it, after which it leaves the queue.

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { generateDemoClinic } from '../packages/server/src/demo/clinic.js';
import {
  demoEmail,
  desktopViewport,
  expectNoSeriousAxeViolations,
  noHorizontalScroll,
  phoneViewport,
  screenshot,
  signIn,
  useBrowser,
} from './harness.js';

const baseUrl = inject('baseUrl');
const { newPage } = useBrowser();
let page: Page;
let pa: Page;

// The server loads the demo clinic from the default seed: the same ids and names as generated here.
const demo = generateDemoClinic();
const adultBefore = new Date(Date.now() - 30 * 365 * 86_400_000).toISOString().slice(0, 10);
// Adults of the PA's whose care team the psychiatrist is not on: the review reads their record through
// the co-signature review alone.
const candidates = demo.patients.filter(
  (p) =>
    p.dateOfBirth < adultBefore &&
    p.careTeam.some((m) => m.email === demoEmail('pa') && m.role === 'prescriber') &&
    !p.careTeam.some((m) => m.email === demoEmail('psychiatrist')),
);
const OVERRIDE_REASON = 'Cross-taper discussed; reviewed with the patient.';

beforeAll(async () => {
  page = await newPage();
  pa = await newPage();
});

describe('co-signature queue', () => {
  it('the supervising psychiatrist finds the PA’s order, reviews it and co-signs it', async () => {
    // ——— The PA signs an order (through the API, as the signed-in PA) ———
    await signIn(pa, baseUrl, 'pa');
    // One already taking a medication, so the new order raises alerts to override (else the last one).
    let patient = candidates.at(-1);
    for (const candidate of candidates) {
      const response = await pa.request.get(`${baseUrl}/api/v1/patients/${candidate.id}/medication-orders`);
      const { items } = (await response.json()) as { items: { status: string }[] };
      if (items.some((o) => o.status === 'active')) {
        patient = candidate;
        break;
      }
    }
    if (!patient) throw new Error('the demo has no adult PA patient off the psychiatrist’s care team');
    const session = (await (await pa.request.get(`${baseUrl}/api/v1/auth/session`)).json()) as {
      csrfToken: string;
    };
    const headers = { 'X-CSRF-Token': session.csrfToken };
    const ordersPath = `${baseUrl}/api/v1/patients/${patient.id}/medication-orders`;
    const draft = await pa.request.post(ordersPath, {
      headers,
      data: {
        drug: 'escitalopram',
        action: 'start',
        doseAmount: 10,
        doseUnit: 'mg',
        frequency: { timesPerDay: 1 },
        titration: [{ afterDays: 14, doseAmount: 15, doseUnit: 'mg', note: 'if tolerated' }],
        quantity: 30,
        refills: 1,
      },
    });
    expect(draft.status(), await draft.text()).toBe(201);
    const drafted = (await draft.json()) as { order: { id: string }; alerts: { key: string }[] };
    const orderId = drafted.order.id;
    const signed = await pa.request.post(`${ordersPath}/${orderId}/sign`, {
      headers,
      data: {
        sharedDecision: {
          optionsDiscussed: ['escitalopram', 'sertraline', 'psychotherapy alone'],
          benefitsRisksExplained: true,
          patientPreference: 'Prefers a once-daily tablet.',
        },
        overrides: drafted.alerts.map((alert) => ({ key: alert.key, reason: OVERRIDE_REASON })),
      },
    });
    expect(signed.status(), await signed.text()).toBe(200);
    expect(((await signed.json()) as { order: { status: string } }).order.status).toBe('pending-cosign');

    // ——— The psychiatrist: from the caseload to the queue ———
    await signIn(page, baseUrl, 'psychiatrist');
    await page.goto(`${baseUrl}/caseload`);
    await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();
    await page.getByRole('link', { name: /orders? to co-sign$/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Co-signature' }).waitFor();
    const name = `${patient.familyName}, ${patient.givenName}`;
    const row = page.getByRole('row').filter({ hasText: patient.mrn });
    await row.getByRole('rowheader').getByText(name).waitFor();
    await row.getByText('Priya Natarajan, PA-C').waitFor();
    expect(await row.textContent()).toMatch(/Escitalopram 10 mg daily/i);
    // The nav link for prescribers leads here too.
    expect(
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Co-signature' })
        .count(),
    ).toBe(1);
    await expectNoSeriousAxeViolations(page);

    // ——— The review ———
    await row.getByRole('link', { name: /^Review / }).click();
    await page.getByRole('heading', { level: 1, name: 'Review order' }).waitFor();
    await page.getByText(patient.mrn).waitFor();
    const orderCard = page.getByRole('region', { name: 'Order' });
    await orderCard.getByText('After 14 days: 15 mg — if tolerated').waitFor();
    expect(await orderCard.getByText('Priya Natarajan, PA-C').count()).toBe(1);
    const alertsCard = page.getByRole('region', { name: 'Alerts at signing' });
    await alertsCard.waitFor();
    if (drafted.alerts.length > 0) {
      await expect.poll(() => alertsCard.getByText(OVERRIDE_REASON).count()).toBe(drafted.alerts.length);
    } else {
      await alertsCard.getByText('No alerts for this order.').waitFor();
    }
    for (const title of ['Other current medications', 'Allergies', 'Diagnoses', 'Recent results']) {
      await page.getByRole('heading', { level: 2, name: title }).waitFor();
    }
    await expectNoSeriousAxeViolations(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'cosign-review');

    // The review fits a phone without sideways scrolling.
    await page.setViewportSize(phoneViewport);
    await expect.poll(() => noHorizontalScroll(page)).toBe(true);
    await page.setViewportSize(desktopViewport);

    // ——— Co-signing needs the confirmation ———
    const form = page.getByRole('form', { name: 'Co-sign' });
    await form.getByRole('button', { name: 'Co-sign' }).click();
    await form.getByText('Confirm that you have reviewed the order before co-signing.').waitFor();
    await form.getByLabel('I have reviewed this order').check();
    await form.getByRole('button', { name: 'Co-sign' }).click();
    await page.getByRole('heading', { level: 1, name: 'Co-signature' }).waitFor();
    await page.getByText(/co-signed; it is now active\.$/).waitFor();
    await expect.poll(() => page.getByRole('row').filter({ hasText: patient.mrn }).count()).toBe(0);
    await expectNoSeriousAxeViolations(page);

    // The order is active now, and the PA sees it so.
    const after = await pa.request.get(`${ordersPath}/${orderId}`);
    expect(((await after.json()) as { order: { status: string } }).order.status).toBe('active');
  });
});
