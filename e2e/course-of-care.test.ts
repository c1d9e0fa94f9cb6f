// Issue #5 acceptance, in a real browser against the built app: a new patient walked from intake to a
// signed first prescription with an alert overridden, PHQ-9 scores over six weeks (paper forms entered
// with the date they were given), a dose change, a signed follow-up note with the next visit booked,
// and the treatment timeline showing the change and the scores' course.

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  chooseDrug,
  expectNoSeriousAxeViolations,
  getJson,
  isoDaysAgo,
  screenshot,
  shownDate,
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

async function overrideAll(reason: string): Promise<void> {
  for (const field of await page.getByLabel('Reason to override (required to sign)').all())
    await field.fill(reason);
}

async function signAndExpectActive(): Promise<void> {
  await page.getByRole('button', { name: 'Sign order' }).click();
  await page.getByRole('heading', { level: 2, name: 'Order signed' }).waitFor();
  await expect.poll(() => page.locator('.order-status').textContent()).toBe('Active');
}

/** Enters a PHQ-9 in clinic; `given` (YYYY-MM-DD) dates a paper form answered on an earlier day. */
async function enterPhq9(answers: number[], given?: string): Promise<void> {
  const entry = page.locator('details.score-entry');
  if ((await entry.getAttribute('open')) === null) await entry.locator('summary').click();
  const form = entry.locator('form');
  await form.getByLabel('Scale').selectOption('PHQ-9');
  // The date defaults to today.
  expect(await form.getByLabel('Date given').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  if (given) await form.getByLabel('Date given').fill(given);
  const selects = form.locator('.score-item select');
  for (const [index, answer] of answers.entries()) await selects.nth(index).selectOption(String(answer));
  await form.getByRole('button', { name: 'Save PHQ-9' }).click();
  const total = answers.reduce((a, b) => a + b, 0);
  await form
    .getByText(new RegExp(`PHQ-9 saved: ${total} .*${given ? `given ${shownDate(given)}` : '\\)\\.'}`))
    .waitFor();
}

describe('course of care', () => {
  it('a new patient from intake to a signed first prescription, a dose change, a follow-up and the next visit', async () => {
    await signIn(page, baseUrl, 'psychiatrist');
    const me = await apiJson<{ user: { id: string } }>('/api/v1/auth/session');

    // 1. Register the patient on the New patient page.
    const family = `Course${Date.now().toString(36)}`;
    await page.goto(`${baseUrl}/patients/new`);
    await page.getByLabel('First name').fill('Robin');
    await page.getByLabel('Last name').fill(family);
    await page.getByLabel('Date of birth').fill('1986-03-14');
    await page.getByLabel('Sex assigned at birth').selectOption('female');
    await page.getByLabel('Time zone').selectOption('America/Los_Angeles');
    await page.getByRole('button', { name: 'Add patient' }).click();
    await page.waitForURL(/\/patients\/[0-9a-f-]{36}$/).catch(async (error: unknown) => {
      // Say why the form was refused instead of only timing out.
      const refused = await page.locator('.field-error, [role="alert"]').allTextContents();
      throw new Error(`the New patient form was not accepted: ${refused.join(' | ')}`, { cause: error });
    });
    const patientId = new URL(page.url()).pathname.split('/').pop() ?? '';
    // The registering prescriber joins the care team automatically (no separate step needed).
    const team = await apiJson<{ items: { userId: string }[] }>(`/api/v1/patients/${patientId}/care-team`);
    expect(team.items.map((m) => m.userId)).toContain(me.user.id);

    // 2. The intake evaluation: sections saved as a draft (If-Match), then signed.
    await page.getByRole('link', { name: 'Intake evaluation' }).click();
    await page.waitForURL(`${baseUrl}/patients/${patientId}/intake`);
    await page.getByRole('button', { name: 'Start intake evaluation' }).click();
    await page.getByLabel(/^Chief complaint/).fill('Low mood and poor sleep for three months');
    await page
      .getByLabel('History of present illness')
      .fill('Gradual onset after a job loss; anhedonia, early waking.');
    await page.getByRole('button', { name: 'Add trial' }).click();
    await page.getByLabel('Drug, trial 1').fill('fluoxetine');
    await page.getByLabel('Highest dose, trial 1').fill('20');
    await page.getByLabel('Duration in weeks, trial 1').fill('6');
    await page.getByLabel('Response, trial 1').selectOption('partial');
    await page.getByLabel('1. Wished to be dead or not wake up (past month)').selectOption('no');
    await page.getByLabel('2. Actual thoughts of killing self (past month)').selectOption('no');
    await page.getByLabel('6. Ever done, started or prepared anything to end life').selectOption('no');
    await page.getByLabel('Mood (patient’s words)').fill('“Flat”');
    await page.getByLabel('Affect').fill('Constricted');
    await page
      .getByLabel('Goals in the patient’s own words')
      .fill('Sleep through the night and get back to work');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved \d/ })
      .waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'intake-evaluation');

    // Long QT syndrome goes to the problem list on signing; the engine flags mirtazapine against it (major).
    await page.getByLabel('ICD-10-CM code').fill('F32.1');
    await page
      .getByLabel('Diagnosis', { exact: true })
      .fill('Major depressive disorder, single episode, moderate');
    await page.getByRole('button', { name: 'Add diagnosis' }).click();
    await page.getByLabel('ICD-10-CM code').nth(1).fill('I45.81');
    await page.getByLabel('Diagnosis', { exact: true }).nth(1).fill('Long QT syndrome');
    await page.getByLabel('Risk level').selectOption('low');
    await page
      .getByLabel('Plan', { exact: true })
      .fill('Start an antidepressant; PHQ-9 every two weeks; ECG on file.');
    await page.getByRole('button', { name: 'Sign evaluation' }).click();
    await page.getByRole('heading', { name: 'Signed evaluation' }).waitFor();
    // A negative C-SSRS opens no safety task.
    expect(await page.getByText('Urgent safety task created').count()).toBe(0);
    await page.getByLabel('Add amendment').fill('Collateral from spouse confirms the timeline.');
    await page.getByRole('button', { name: 'Add amendment' }).click();
    await page.getByText('Collateral from spouse confirms the timeline.').last().waitFor();
    await expectNoSeriousAxeViolations(page);

    // 3. The first prescription: a major alert, refused without a reason, then overridden and signed.
    await page.goto(`${baseUrl}/patients/${patientId}/orders/new`);
    await chooseDrug(page, 'mirtazapine', 'Mirtazapine');
    await page.getByLabel('Dose', { exact: true }).fill('15');
    // Started six weeks ago, so the course (and the timeline) spans several weeks.
    await page.getByLabel(/Start date/).fill(isoDaysAgo(42));
    await page.getByLabel('Quantity').fill('30');
    await page.getByLabel(/Indication/).fill('Major depressive disorder');
    await page.getByLabel('Options discussed (one per line)').fill('Mirtazapine\nSertraline');
    await page.getByLabel('Benefits and risks explained').check();
    await page.getByLabel('The patient’s preference').fill('Wants help with sleep');
    await page.getByText(/Draft saved · [1-9]/).waitFor();
    const alerts = page.getByRole('list', { name: 'Alerts' });
    await expect.poll(() => alerts.getByText(/Major/).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Sign order' }).click();
    await page
      .getByRole('alert')
      .getByText(/must be acknowledged with a reason/)
      .waitFor();
    await overrideAll('Baseline ECG reviewed with cardiology; QTc monitoring agreed');
    await signAndExpectActive();

    // 4. PHQ-9 scores every two weeks since the start: paper forms from weeks 0, 2 and 4 entered with
    // the date each was given (the baseline last, as it turned up last), then today's at this visit.
    await page.getByRole('link', { name: 'Back to the chart' }).click();
    await page.getByRole('heading', { level: 3, name: 'Scores' }).waitFor();
    const weeks = [isoDaysAgo(42), isoDaysAgo(28), isoDaysAgo(14)] as const;
    await enterPhq9([2, 2, 2, 2, 2, 2, 2, 2, 0], weeks[1]); // week 2: 16
    await enterPhq9([2, 2, 2, 2, 2, 2, 2, 1, 0], weeks[2]); // week 4: 15
    await enterPhq9([3, 3, 2, 2, 2, 2, 2, 2, 0], weeks[0]); // week 0: 18
    await enterPhq9([2, 2, 2, 2, 2, 2, 1, 1, 0]); // week 6, today: 14 — not a response
    // Ordered by when they were answered, not when they were typed.
    const series = page.locator('.score-series li').filter({ hasText: 'PHQ-9' });
    await expect.poll(() => series.textContent()).toContain('18 → 16 → 15 → 14');
    const scores = await apiJson<{
      series: { instrument: string; points: { date: string; total: number }[] }[];
    }>(`/api/v1/patients/${patientId}/scores?instrument=PHQ-9`);
    expect(scores.series[0]?.points.map((p) => p.date)).toEqual([...weeks, isoDaysAgo(0)]);

    // 5. A dose change.
    await page.getByRole('link', { name: 'Change dose of mirtazapine' }).click();
    await page.getByRole('heading', { level: 2, name: /Change dose: Mirtazapine/ }).waitFor();
    await page.getByLabel('Dose', { exact: true }).fill('30');
    await page.getByText(/Draft saved/).waitFor();
    await overrideAll('QTc 430 ms on repeat ECG; continue monitoring');
    await signAndExpectActive();
    await page.getByRole('link', { name: 'Back to the chart' }).click();
    await page.getByRole('heading', { level: 3, name: 'Scores' }).waitFor();

    // 6. The follow-up note: pre-filled, signed, and the next visit booked.
    await page.getByRole('link', { name: 'Follow-up visit' }).click();
    await page.waitForURL(`${baseUrl}/patients/${patientId}/visits/new`);
    const prefill = page.getByRole('region', { name: /^Since/ });
    await prefill.getByText(/PHQ-9/).first().waitFor();
    // The medication changes since the last note include both signed orders.
    await expect.poll(() => prefill.textContent()).toMatch(/Medication changes.*mirtazapine.*change dose/is);
    await page.getByLabel('Subjective').fill('Sleeping better; mood a little brighter.');
    await page.getByLabel('Assessment').fill('Partial response after the dose increase.');
    await page.getByLabel('Risk level').selectOption('low');
    await page.getByLabel('Decision', { exact: true }).selectOption('keep');
    const orderValue = await page
      .getByLabel('Which order')
      .locator('option', { hasText: 'Mirtazapine' })
      .first()
      .getAttribute('value');
    await page.getByLabel('Which order').selectOption(orderValue ?? '');
    await page.getByLabel('Plan', { exact: true }).fill('Continue 30 mg; PHQ-9 in two weeks.');
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Sign and book next visit' }).click();
    const booked = page.getByRole('region', { name: 'Note signed — next visit booked' });
    await booked.getByText(/Next visit:/).waitFor();
    await booked.getByText('Recommended interval').waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'follow-up-visit');
    const appointments = await apiJson<{ items: { status: string; startsAt: string }[] }>(
      `/api/v1/patients/${patientId}/appointments`,
    );
    expect(appointments.items.some((a) => a.status === 'booked' && Date.parse(a.startsAt) > Date.now())).toBe(
      true,
    );

    // 7. The chart's timeline shows the dose change after six weeks at 15 mg, and the PHQ-9 over
    // those weeks: each point on the day it was given, with its change from the one before.
    await page.goto(`${baseUrl}/patients/${patientId}`);
    await expect
      .poll(() => page.locator('.timeline-summary').textContent())
      .toMatch(/Mirtazapine raised 15→30 mg\/day.*PHQ-9 latest 14/);
    const timeline = page.getByRole('group', { name: /Treatment timeline/ });
    await timeline.getByRole('img', { name: /^Mirtazapine 30 mg\/day/ }).waitFor();
    await timeline
      .getByRole('img', { name: new RegExp(`^Mirtazapine 15 mg/day: .*${shownDate(weeks[0])}`) })
      .waitFor();
    await timeline
      .getByRole('img', { name: `PHQ-9 18: ${shownDate(weeks[0])}; moderately severe` })
      .waitFor();
    for (const [total, day, previous, change] of [
      [16, weeks[1], weeks[0], -2],
      [15, weeks[2], weeks[1], -1],
      [14, isoDaysAgo(0), weeks[2], -1],
    ] as const) {
      await timeline
        .getByRole('img', {
          name: new RegExp(`^PHQ-9 ${total}: ${shownDate(day)};.*${change} since ${shownDate(previous)}$`),
        })
        .waitFor();
    }
    await screenshot(page, 'course-of-care-timeline');
  });
});
