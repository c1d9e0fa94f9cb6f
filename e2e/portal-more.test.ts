// Issue #6 (patient portal), second part: on a phone, a demo patient asks for a refill, does the daily
// check-in (once safe, once "not safe" — the crisis panel at once and an urgent task for the care
// team), writes to the care team, and downloads an upcoming appointment as a calendar file.

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

async function goTo(page: Page, link: string, heading = link): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Portal' })
    .getByRole('link', { name: link, exact: true })
    .click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

// patient08: an adult with an active antidepressant and a booked next visit in the demo clinic
// (demo/care.ts, demo/visits.ts), whose prescriber is the demo nurse practitioner ("np"); no other
// browser test uses this patient.
const patientUser = 'patient08';

describe('patient portal between visits', () => {
  it('requests a refill, checks in (safe and not safe), writes to the team, and gets a visit’s calendar file', async () => {
    const page = await newPage({ viewport: phoneViewport, hasTouch: true, isMobile: true });
    await signIn(page, baseUrl, patientUser);
    expect(new URL(page.url()).pathname).toBe('/portal');
    const me = await apiJson<{ patient: { id: string } }>(page, '/api/v1/me');

    // Installable: the page links the web app manifest, which opens on the portal.
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(manifestHref).toBe('/manifest.webmanifest');
    const manifest = (await (await page.request.get(`${baseUrl}${manifestHref}`)).json()) as {
      start_url: string;
      display: string;
      icons: { sizes: string }[];
    };
    expect(manifest).toMatchObject({ start_url: '/portal', display: 'standalone' });
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));

    // Today: the daily check-in card says today's check-in is not done yet.
    const daily = page.getByRole('region', { name: 'Your daily check-in' });
    await daily.getByRole('link', { name: 'Start today’s check-in' }).waitFor();

    // Refills: ask for one; the clinic policy answers at once, and the request is listed.
    await goTo(page, 'Refills');
    const ask = page.getByRole('region', { name: 'Ask for a refill' });
    const firstMedication = ask.getByRole('listitem').first();
    const medicationName = (await firstMedication.locator('strong').first().textContent()) ?? '';
    expect(medicationName).not.toBe('');
    const requested = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/me/refill-requests') && r.request().method() === 'POST',
    );
    await firstMedication.getByRole('button', { name: /Request a refill/ }).click();
    const refill = (await (await requested).json()) as { status: string; policyReason: string };
    expect((await requested).status()).toBe(201);
    await expect.poll(() => firstMedication.textContent()).toContain(refill.policyReason);
    const mine = page.getByRole('region', { name: 'My refill requests' });
    await expect.poll(() => mine.textContent()).toContain(medicationName);
    const listed = await apiJson<{ items: { status: string; medication: string }[] }>(
      page,
      '/api/v1/me/refill-requests',
    );
    expect(listed.items[0]).toMatchObject({ status: refill.status, medication: medicationName });
    expect(await noHorizontalScroll(page)).toBe(true);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'portal-6-refills-phone');

    // A daily check-in, safe: thanks, no crisis panel, and Today shows it done.
    await page.goto(`${baseUrl}/portal/daily-check-in`);
    await page.getByRole('heading', { level: 1, name: 'Daily check-in' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await page
      .getByRole('group', { name: 'Mood today' })
      .getByRole('radio', { name: '6', exact: true })
      .check();
    await page
      .getByRole('group', { name: 'Anxiety or worry today' })
      .getByRole('radio', { name: '3', exact: true })
      .check();
    await page.getByLabel('Hours of sleep').fill('7.5');
    expect(await noHorizontalScroll(page)).toBe(true);
    await screenshot(page, 'portal-8-daily-check-in-phone');
    await page
      .getByRole('group', { name: 'Did you use alcohol or drugs since yesterday?' })
      .getByRole('radio', { name: 'No' })
      .check();
    // "Are you safe right now?" must be answered.
    await page.getByRole('button', { name: 'Send my check-in' }).click();
    await page.getByText('Please answer this question.').waitFor();
    await page.getByRole('radio', { name: 'Yes, I am safe' }).check();
    await page.getByRole('button', { name: 'Send my check-in' }).click();
    await page.getByRole('heading', { name: 'Thank you for checking in today' }).waitFor();
    expect(await page.locator('.crisis-panel').count()).toBe(0);
    const due = await apiJson<{ dailyCheckInDone: boolean }>(page, '/api/v1/me/check-ins/due');
    expect(due.dailyCheckInDone).toBe(true);
    await page.getByRole('link', { name: 'Back to Today' }).click();
    await daily.getByText('Done today').waitFor();

    // A daily check-in, not safe: the crisis panel at once, with what happens next.
    await page.goto(`${baseUrl}/portal/daily-check-in`);
    await page.getByRole('heading', { level: 1, name: 'Daily check-in' }).waitFor();
    await page.getByRole('radio', { name: 'No, I am not safe' }).check();
    const submitted = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/me/check-ins') && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Send my check-in' }).click();
    const unsafe = (await (await submitted).json()) as {
      safetyTaskCreated: boolean;
      checkIn: { safetyTaskId: string };
      whatHappensNext: string;
    };
    expect(unsafe.safetyTaskCreated).toBe(true);
    const crisis = page.getByRole('region', { name: 'You don’t have to go through this alone' });
    await crisis.waitFor();
    expect(await crisis.getByRole('link', { name: 'Call 988' }).getAttribute('href')).toBe('tel:988');
    await expect.poll(() => page.getByRole('main').textContent()).toContain(unsafe.whatHappensNext);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('crisis-panel'))).toBe(true);
    expect(await noHorizontalScroll(page)).toBe(true);
    await expectNoSeriousAxeViolations(page);

    // A side effect, with the suspected medicine from the patient's own list, and the next steps.
    await page.goto(`${baseUrl}/portal/side-effects`);
    await page.getByRole('heading', { level: 1, name: 'Report a side effect' }).waitFor();
    await page.getByLabel('What do you notice?').fill('Headache in the afternoon');
    await page.getByRole('radio', { name: /^Mild/ }).check();
    await page
      .getByLabel('Which medicine do you think causes it? (optional)')
      .selectOption({ label: medicationName });
    await expectNoSeriousAxeViolations(page);
    const reported = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/me/side-effects') && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Send report' }).click();
    const report = (await (await reported).json()) as {
      report: { medication: string | null };
      whatHappensNext: string;
    };
    expect(report.report.medication).toBe(medicationName);
    await page.getByRole('heading', { name: 'Thank you, we got your report' }).waitFor();
    await expect.poll(() => page.getByRole('main').textContent()).toContain(report.whatHappensNext);
    expect(await page.locator('.crisis-panel').count()).toBe(0);

    // Messages: the non-urgent notice beside the box; a message sent shows in the conversation.
    await goTo(page, 'Messages');
    const list = await apiJson<{ notice: string }>(page, '/api/v1/me/messages');
    await expect.poll(() => page.getByRole('main').textContent()).toContain(list.notice);
    await page.getByRole('complementary', { name: 'If you need help now' }).waitFor();
    await page.getByLabel('Subject (optional)').fill('Question about my dose');
    await page.getByLabel('Your message').fill('Can I take my medicine with food?');
    await page.getByRole('button', { name: 'Send message' }).click();
    await page.getByText(/^Sent\./).waitFor();
    const conversations = page.getByRole('region', { name: 'Conversations' });
    await expect.poll(() => conversations.textContent()).toContain('Can I take my medicine with food?');
    expect(await page.locator('.crisis-panel').count()).toBe(0);
    expect(await noHorizontalScroll(page)).toBe(true);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'portal-7-messages-phone');

    // Appointments: the upcoming visit, and its calendar file.
    await goTo(page, 'Appointments');
    const appointments = await apiJson<{ items: { id: string }[] }>(page, '/api/v1/me/appointments');
    expect(appointments.items.length).toBeGreaterThan(0);
    const calendar = page.getByRole('link', { name: 'Add to calendar' }).first();
    const href = (await calendar.getAttribute('href')) ?? '';
    expect(href).toBe(`/api/v1/me/appointments/${appointments.items[0]?.id}/calendar.ics`);
    const ics = await page.request.get(`${baseUrl}${href}`);
    expect(ics.status()).toBe(200);
    expect(ics.headers()['content-type']).toContain('text/calendar');
    expect(await ics.text()).toContain('BEGIN:VCALENDAR');
    await page.getByText('Ask to reschedule').first().click();
    expect(await noHorizontalScroll(page)).toBe(true);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'portal-9-appointments-phone');
    await page.getByLabel('Choice 1').first().fill('2030-01-15T10:30');
    await page.getByRole('button', { name: 'Send reschedule request' }).first().click();
    await page.getByText('We sent your request.').waitFor();

    // The prescriber (second browser profile, two-step sign-in) sees the urgent safety task.
    const clinician = await newPage();
    await signIn(clinician, baseUrl, 'np');
    const task = await urgentTask(clinician, unsafe.checkIn.safetyTaskId);
    expect(task).toMatchObject({ patientId: me.patient.id, priority: 'urgent', status: 'open' });
    expect(task?.title).toContain('not safe');
  });
});
