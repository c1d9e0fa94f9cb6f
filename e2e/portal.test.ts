// Issue #6 (patient portal and adherence), first part: on a phone, a demo patient checks in, logs doses
// and sees their trend; a PHQ-9 with a positive item 9 shows the crisis panel at once and puts an
// urgent task in front of the care team.

import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  expectNoSeriousAxeViolations,
  getJson,
  noHorizontalScroll,
  phoneViewport,
  screenshot,
  signIn,
  urgentTask,
  useBrowser,
} from './harness.js';

const baseUrl = inject('baseUrl');
const { newPage } = useBrowser();

const apiJson = <T>(on: Page, path: string) => getJson<T>(on, `${baseUrl}${path}`);

interface DoseEvent {
  id: string;
  medicationOrderId: string;
  status: string;
  reason: string | null;
}

/** Answers the PHQ-9 form: items 1–8 with `answer`, item 9 with `item9`. */
async function answerPhq9(page: Page, answer: string, item9: string): Promise<void> {
  for (let n = 1; n <= 9; n += 1) {
    const question = page.getByRole('group', { name: new RegExp(`^${n}\\.`) });
    await question.getByRole('radio', { name: n === 9 ? item9 : answer, exact: true }).check();
  }
}

// patient04: an adult with an active antidepressant, a routine and reminders in the demo clinic
// (demo/care.ts, demo/reminders.ts), whose prescriber is the demo psychiatrist; no other browser
// test uses this patient.
const patientUser = 'patient04';

describe('patient portal', () => {
  it('checks in, logs a dose taken and one skipped, sees the trend; a crisis answer reaches the care team', async () => {
    const page = await newPage({ viewport: phoneViewport, hasTouch: true, isMobile: true });
    await signIn(page, baseUrl, patientUser);
    expect(new URL(page.url()).pathname).toBe('/portal');
    const me = await apiJson<{ patient: { id: string } }>(page, '/api/v1/me');

    // Today: doses, check-ins, and the crisis line in the footer.
    const doses = page.getByRole('region', { name: 'Your doses' });
    await doses.getByRole('listitem').nth(1).waitFor();
    await page.getByRole('region', { name: 'How have you been feeling?' }).waitFor();
    await expect
      .poll(() => page.getByRole('contentinfo').textContent())
      .toContain('In crisis? Call or text 988. Emergency: 911.');
    expect(await noHorizontalScroll(page)).toBe(true);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'portal-1-today-phone');

    const before = await apiJson<{ items: DoseEvent[] }>(page, '/api/v1/me/dose-events');

    // A dose taken.
    const first = doses.getByRole('listitem').nth(0);
    await first.getByRole('button', { name: 'Taken' }).click();
    await expect.poll(() => first.textContent()).toContain('Taken at');

    // A dose skipped: the reason is asked first.
    const second = doses.getByRole('listitem').nth(1);
    await second.getByRole('button', { name: 'Skip' }).click();
    await second.getByRole('group', { name: 'Why are you skipping this dose?' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await second.getByRole('radio', { name: 'Side effects' }).check();
    await second.getByRole('button', { name: 'Save skipped dose' }).click();
    await expect.poll(() => second.textContent()).toContain('Skipped: side effects');

    const after = await apiJson<{ items: DoseEvent[] }>(page, '/api/v1/me/dose-events');
    const known = new Set(before.items.map((event) => event.id));
    const added = after.items.filter((event) => !known.has(event.id));
    expect(added.map((event) => [event.status, event.reason]).sort()).toEqual([
      ['skipped', 'side-effects'],
      ['taken', null],
    ]);

    // The dose log lists both.
    await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Dose log' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dose log' }).waitFor();
    await expect.poll(() => page.getByRole('main').textContent()).toContain('Skipped: side effects');
    expect(await noHorizontalScroll(page)).toBe(true);
    await expectNoSeriousAxeViolations(page);

    // My medications: the education, with what to do after a missed dose.
    await page
      .getByRole('navigation', { name: 'Portal' })
      .getByRole('link', { name: 'My medications' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'My medications' }).waitFor();
    await page.getByText('If you miss a dose').first().waitFor();
    await page.getByText('Serious side effects').first().click();
    expect(await noHorizontalScroll(page)).toBe(true);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'portal-4-medications-phone');

    // My routine: saved with If-Match.
    await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'My routine' }).click();
    await page.getByRole('heading', { level: 1, name: 'My routine' }).waitFor();
    await page.getByLabel('Bedtime').fill('23:00');
    await page.getByRole('button', { name: 'Save my routine' }).click();
    await page.getByText('Saved. Your reminders now follow this routine.').waitFor();
    const routine = await apiJson<{ anchors: Record<string, string> }>(page, '/api/v1/me/routine');
    expect(routine.anchors.bedtime).toBe('23:00');
    expect(await noHorizontalScroll(page)).toBe(true);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'portal-5-routine-phone');

    // A PHQ-9 check-in: unanswered questions are named first.
    await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Today' }).click();
    await page.getByRole('link', { name: 'Mood check-in (PHQ-9)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mood check-in (PHQ-9)' }).waitFor();
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByRole('alert').filter({ hasText: 'Please answer every question' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await answerPhq9(page, 'Several days', 'Not at all');
    await page.getByRole('button', { name: 'Send my answers' }).click();
    const thanks = page.getByRole('heading', { name: 'Thank you for checking in' });
    await thanks.waitFor();
    await expect.poll(() => page.getByRole('main').textContent()).toContain('add up to 8 out of 27');
    expect(await page.locator('.crisis-panel').count()).toBe(0);

    // My progress: the trend, in a chart and in words.
    await page.getByRole('link', { name: 'See your progress' }).click();
    await page.getByRole('heading', { level: 1, name: 'My progress' }).waitFor();
    const phq = page.getByRole('region', { name: 'Mood check-in (PHQ-9)' });
    await phq.getByRole('img').waitFor();
    await expect.poll(() => phq.textContent()).toMatch(/Your PHQ-9 (went from \d+ to 8 since|is 8)/);
    expect(await noHorizontalScroll(page)).toBe(true);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'portal-2-progress-phone');

    // A PHQ-9 with item 9 above zero: the crisis panel at once, with focus on it.
    await page.goto(`${baseUrl}/portal/check-in/phq-9`);
    await page.getByRole('heading', { level: 1, name: 'Mood check-in (PHQ-9)' }).waitFor();
    await answerPhq9(page, 'Several days', 'Several days');
    const submitted = page.waitForResponse(
      (response) => response.url().endsWith('/api/v1/me/scores') && response.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Send my answers' }).click();
    const result = (await (await submitted).json()) as { safetyTaskCreated: boolean; safetyTaskId: string };
    expect(result.safetyTaskCreated).toBe(true);
    const crisis = page.getByRole('region', { name: 'You don’t have to go through this alone' });
    await crisis.waitFor();
    await expect
      .poll(() => crisis.textContent())
      .toContain('Your care team has been told and will contact you');
    expect(await crisis.getByRole('link', { name: 'Call 988' }).getAttribute('href')).toBe('tel:988');
    expect(await crisis.getByRole('link', { name: 'Call 911' }).getAttribute('href')).toBe('tel:911');
    expect(await crisis.textContent()).toContain('Crisis Text Line');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('crisis-panel'))).toBe(true);
    expect(await noHorizontalScroll(page)).toBe(true);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'portal-3-crisis-phone');

    // The prescriber (second browser profile, two-step sign-in) sees the urgent task.
    const clinician = await newPage();
    await signIn(clinician, baseUrl, 'psychiatrist');
    const task = await urgentTask(clinician, result.safetyTaskId);
    expect(task).toMatchObject({ patientId: me.patient.id, priority: 'urgent', status: 'open' });
    expect(task?.title).toContain('PHQ-9 item 9');
  });
});
