// Chart pages for labs and monitoring, rating-scale assignments and consents (issue #5) in a real browser
// against the built app: a demo prescriber records a lithium level above range and sees the engine's
// interpretation, records a result straight from the monitoring schedule, assigns a PHQ-9 schedule, and
// records a consent for the therapist and revokes it. Every page is checked with axe; one at phone width.

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  demoEmail,
  desktopViewport,
  expectNoSeriousAxeViolations,
  getJson,
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

const apiJson = <T>(path: string, on: Page = page) => getJson<T>(on, `${baseUrl}${path}`);

interface PatientSummary {
  id: string;
  givenName: string;
  familyName: string;
}
interface Order {
  drug: string;
  status: string;
}
interface MonitoringItem {
  test: string;
  name: string;
  status: 'overdue' | 'due' | 'up-to-date';
}
interface Consent {
  id: string;
  status: string;
  grantee: { userId: string };
}

/** The first of the signed-in prescriber's patients with an active lithium order. */
async function lithiumPatient(): Promise<PatientSummary> {
  const patients = await apiJson<{ items: PatientSummary[] }>('/api/v1/patients?limit=100');
  for (const patient of patients.items) {
    const response = await page.request.get(`${baseUrl}/api/v1/patients/${patient.id}/medication-orders`);
    if (response.status() !== 200) continue;
    const orders = ((await response.json()) as { items: Order[] }).items;
    if (orders.some((o) => o.drug === 'lithium' && o.status === 'active')) return patient;
  }
  throw new Error('none of the prescriber’s demo patients is on lithium');
}

/**
 * Puts the demo therapist on the patient's care team (as an administrator would), so a consent can name
 * them; returns the therapist's user id. The demo's lithium patient has no therapist of their own.
 */
async function therapistOnCareTeam(patientId: string): Promise<string> {
  const admin = await newPage();
  try {
    await signIn(admin, baseUrl, 'admin');
    const users = await apiJson<{ items: { id: string; email: string }[] } | { id: string; email: string }[]>(
      '/api/v1/users',
      admin,
    );
    const list = Array.isArray(users) ? users : users.items;
    const therapist = list.find((u) => u.email === demoEmail('therapist'));
    if (!therapist) throw new Error('the demo therapist is missing');
    const team = await apiJson<{ items: { userId: string }[] }>(
      `/api/v1/patients/${patientId}/care-team`,
      admin,
    );
    if (!team.items.some((m) => m.userId === therapist.id)) {
      const session = await apiJson<{ csrfToken: string }>('/api/v1/auth/session', admin);
      const added = await admin.request.post(`${baseUrl}/api/v1/patients/${patientId}/care-team`, {
        headers: { 'X-CSRF-Token': session.csrfToken },
        data: { userId: therapist.id, role: 'therapist' },
      });
      expect(added.status(), 'add the therapist to the care team').toBeLessThan(300);
    }
    return therapist.id;
  } finally {
    await admin.context().close();
  }
}

/** Plausible values for tests the schedule may list (the engine reads them; any flag is fine). */
const SAMPLE_VALUES: Record<string, string> = {
  weight: '72',
  height: '170',
  bmi: '24',
  waist: '84',
  'heart-rate': '72',
  qtc: '420',
  'fasting-glucose': '90',
  a1c: '5.4',
  ldl: '100',
  triglycerides: '120',
  prolactin: '10',
  lithium: '0.7',
  anc: '3000',
  platelets: '250',
  creatinine: '0.9',
  egfr: '95',
  sodium: '140',
  calcium: '9.5',
  alt: '25',
  ast: '22',
  tsh: '2',
};

/** Elements wider than the window (the page must not scroll sideways; tables scroll in their box). */
function overflowing(): Promise<string[]> {
  return page.evaluate(() => {
    if (document.documentElement.scrollWidth <= window.innerWidth) return [];
    return [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .filter((el) => !el.closest('.table-scroll') || el.classList.contains('table-scroll'))
      .slice(0, 8)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} ${Math.round(el.getBoundingClientRect().right)}`,
      );
  });
}

async function openChartPage(patientId: string, link: string, heading: string): Promise<void> {
  await page.goto(`${baseUrl}/patients/${patientId}`);
  await page
    .getByRole('navigation', { name: 'Labs, scales and sharing' })
    .getByRole('link', { name: link })
    .click();
  await page.getByRole('heading', { level: 2, name: heading }).waitFor();
}

describe('chart: labs and monitoring, rating scales, consents', () => {
  it('records results with their interpretation, assigns a PHQ-9 and records and revokes a consent', async () => {
    await signIn(page, baseUrl, 'pa');
    const patient = await lithiumPatient();
    const therapistId = await therapistOnCareTeam(patient.id);

    // ——— Labs and monitoring ———
    await openChartPage(patient.id, 'Labs and monitoring', 'Labs, vitals and monitoring');
    await page.getByRole('heading', { name: 'Monitoring due' }).waitFor();
    await page.getByRole('heading', { name: 'Serum lithium level (12-hour trough)' }).waitFor();
    // The demo's lithium levels are drawn as a trend.
    await expect.poll(() => page.locator('svg.sparkline').count()).toBeGreaterThan(0);
    await expectNoSeriousAxeViolations(page);

    // A lithium level above the range: the engine's reading, and a task for the care team.
    const entry = page.locator('form.result-entry');
    await entry.getByLabel('Test').selectOption('lithium');
    await entry.getByLabel('Value').fill('1.6');
    await entry.getByRole('button', { name: 'Save result' }).click();
    const reading = page.locator('.result-reading');
    await reading.getByText('toxic-risk range').waitFor();
    expect(await reading.locator('.badge').textContent()).toBe('High');
    await reading.getByText('A task to review this result was opened for the care team.').waitFor();
    // And in the recent results, flagged.
    const lithiumRow = page
      .getByRole('table', { name: /Serum lithium level.*newest first/ })
      .getByRole('row')
      .filter({ hasText: '1.6 mmol/L' });
    await lithiumRow.getByText('High').waitFor();
    await expectNoSeriousAxeViolations(page);

    // A due item of the schedule, recorded straight from it.
    const schedule = await apiJson<{ items: MonitoringItem[] }>(`/api/v1/patients/${patient.id}/monitoring`);
    const due = schedule.items.find((i) => i.status !== 'up-to-date' && SAMPLE_VALUES[i.test]);
    if (!due) throw new Error(`nothing recordable is due: ${JSON.stringify(schedule.items)}`);
    const dueTable = page.getByRole('table', { name: 'Due and overdue, overdue first' });
    const dueRow = dueTable.getByRole('row').filter({ has: page.getByRole('rowheader', { name: due.name }) });
    await dueRow.getByText(due.status === 'overdue' ? 'Overdue' : 'Due').waitFor();
    await dueRow.getByRole('button', { name: `Record result: ${due.name}` }).click();
    await expect.poll(() => entry.getByLabel('Test').inputValue()).toBe(due.test);
    await entry
      .getByLabel(due.test === 'blood-pressure' ? 'Systolic' : 'Value')
      .fill(SAMPLE_VALUES[due.test] ?? '');
    if (due.test === 'blood-pressure') await entry.getByLabel('Diastolic').fill('76');
    await entry.getByRole('button', { name: 'Save result' }).click();
    await reading
      .getByText(new RegExp(`${SAMPLE_VALUES[due.test]}`))
      .first()
      .waitFor();
    // It leaves the due list once recorded.
    await expect.poll(() => dueRow.count()).toBe(0);
    await screenshot(page, 'chart-monitoring');

    // Marked entered in error with a reason: kept, struck through, and the test is due again.
    const group = page.getByRole('region', { name: due.name, exact: true });
    await group
      .getByRole('button', { name: /entered in error$/ })
      .first()
      .click();
    await group.getByLabel('Why is this result wrong?').fill('Recorded for the wrong patient');
    await group.getByRole('button', { name: 'Mark entered in error' }).click();
    await group.getByText('Reason: Recorded for the wrong patient').waitFor();
    await expect.poll(() => dueRow.count()).toBe(1);
    await expectNoSeriousAxeViolations(page);

    // The same page on a phone: no sideways scrolling of the page itself.
    await page.setViewportSize(phoneViewport);
    await page.getByRole('heading', { level: 2, name: 'Labs, vitals and monitoring' }).waitFor();
    expect(await overflowing()).toEqual([]);
    await screenshot(page, 'chart-monitoring-phone');
    await expectNoSeriousAxeViolations(page);
    await page.setViewportSize(desktopViewport);

    // ——— Rating scales ———
    await openChartPage(patient.id, 'Rating scales', 'Rating scales');
    await page.getByRole('heading', { name: 'Assign a scale' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.getByLabel('Scale', { exact: true }).selectOption('PHQ-9');
    await page.getByLabel('Acute phase (every 2 weeks)').check();
    await page.getByRole('button', { name: 'Assign PHQ-9' }).click();
    await page.getByText('PHQ-9 assigned: acute phase: every 14 days, and before each visit.').waitFor();
    const assigned = page.getByRole('table', { name: 'Assigned scales, active first' });
    const phqRow = assigned.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'PHQ-9' }) });
    await phqRow.first().getByText('Acute phase: every 14 days, and before each visit').waitFor();
    // Paused, then resumed (each change carries the version it was made on).
    await phqRow.first().getByRole('button', { name: 'Pause PHQ-9' }).click();
    await page.getByText(/PHQ-9 paused/).waitFor();
    await assigned.getByRole('button', { name: 'Resume PHQ-9' }).first().click();
    await page.getByText('PHQ-9 resumed.').waitFor();
    await screenshot(page, 'chart-scales');
    await expectNoSeriousAxeViolations(page);

    // ——— Consents ———
    await openChartPage(patient.id, 'Sharing and consents', 'Sharing and consents');
    await page.getByRole('heading', { name: 'Record a consent' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    const form = page.locator('form.consent-form');
    const option = form.getByLabel('Share with').locator('option', { hasText: '(Therapist)' }).first();
    const therapistLabel = (await option.textContent()) ?? '';
    await form.getByLabel('Share with').selectOption({ label: therapistLabel });
    await form.getByLabel('Medicines and reminders').check();
    await form.getByLabel('Check-ins and rating scales').check();
    await form.getByLabel('The patient gave this consent and it is documented').check();
    // Alcohol and drug use records need an explicit choice.
    await form.getByRole('button', { name: 'Record consent' }).click();
    await form.getByText('Choose whether alcohol and drug use records are shared (42 CFR Part 2).').waitFor();
    await form.getByLabel('Do not share alcohol and drug use records').check();
    await form.getByRole('button', { name: 'Record consent' }).click();
    await page
      .getByText(/Consent recorded: .* now sees Medicines and reminders, Check-ins and rating scales\./)
      .waitFor();
    const active = page.getByRole('table', { name: 'Active consents' });
    const therapistName = therapistLabel.replace(/ \(Therapist\)$/, '');
    const consentRow = active.getByRole('row').filter({ hasText: therapistName });
    await consentRow.getByText('In force').waitFor();
    await consentRow.getByText('HIPAA').waitFor();
    await screenshot(page, 'chart-consents');
    await expectNoSeriousAxeViolations(page);

    // Revoked after a confirmation; it stays in the history.
    await consentRow.getByRole('button', { name: `Revoke consent for ${therapistName}` }).click();
    await page.getByText(`Revoke sharing with ${therapistName}?`).waitFor();
    await page.getByRole('button', { name: 'Yes, revoke' }).click();
    await page.getByText(`Sharing with ${therapistName} was revoked.`).waitFor();
    const consents = await apiJson<{ items: Consent[] }>(`/api/v1/patients/${patient.id}/consents`);
    const recorded = consents.items.filter((c) => c.grantee.userId === therapistId);
    expect(recorded.length).toBeGreaterThan(0);
    expect(recorded.every((c) => c.status === 'revoked')).toBe(true);
    await page.getByText(/^Revoked \(\d+\)$/).click();
    await page.getByRole('table', { name: 'Revoked consents' }).getByText(therapistName).first().waitFor();
    await expectNoSeriousAxeViolations(page);
  });
});
