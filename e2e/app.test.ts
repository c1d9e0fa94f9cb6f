import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  demoEmail,
  demoPassword,
  expectNoSeriousAxeViolations,
  finishSignIn,
  getJson,
  noHorizontalScroll,
  phoneViewport,
  screenshot,
  shownDate,
  signIn,
  useBrowser,
} from './harness.js';

const baseUrl = inject('baseUrl');
const { newPage } = useBrowser();

interface ApiPatient {
  id: string;
  version: number;
  mrn: string;
  givenName: string;
  familyName: string;
  preferredName: string | null;
  dateOfBirth: string;
}

const apiJson = <T>(on: Page, path: string) => getJson<T>(on, `${baseUrl}${path}`);

describe('clinician', () => {
  it('signs in, searches a patient by name, opens the chart and sees demographics; pages are axe-clean', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/`);
    // Signed out: the app sends the visitor to sign-in.
    await page.waitForURL(`${baseUrl}/signin`);
    await page.getByRole('heading', { level: 1, name: 'Sign in to Titrate' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'clinician-1-signin');

    await signIn(page, baseUrl, 'psychiatrist');
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByRole('heading', { level: 1, name: 'Patients' }).waitFor();
    const table = page.getByRole('table', { name: 'Patients' });
    await table.getByRole('link').first().waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'clinician-2-patients');

    // Pick a patient from the list and look them up by family name.
    const listed = await apiJson<{ items: ApiPatient[] }>(page, '/api/v1/patients?limit=10');
    const target = listed.items[3] ?? listed.items[0];
    if (!target) throw new Error('the demo clinic has no patients');
    await page.getByRole('searchbox', { name: 'Search patients' }).fill(target.familyName);
    const targetLink = table.getByRole('link', { name: `${target.familyName}, ${target.givenName}` });
    await expect
      .poll(async () => {
        const names = await table.getByRole('link').allTextContents();
        return names.length > 0 && names.every((name) => name.startsWith(`${target.familyName},`));
      })
      .toBe(true);
    await targetLink.click();

    await page.waitForURL(`${baseUrl}/patients/${target.id}`);
    await page.getByRole('heading', { level: 1, name: `${target.givenName} ${target.familyName}` }).waitFor();
    const patient = await apiJson<ApiPatient>(page, `/api/v1/patients/${target.id}`);
    const header = page.locator('.chart-header');
    await expect.poll(() => header.textContent()).toContain(patient.mrn);
    await expect.poll(() => header.textContent()).toContain(shownDate(patient.dateOfBirth));
    const demographics = page.getByRole('region', { name: 'Demographics' });
    await expect
      .poll(() => demographics.textContent())
      .toContain(`${patient.givenName} ${patient.familyName}`);
    await expect.poll(() => demographics.textContent()).toContain(shownDate(patient.dateOfBirth));
    await page.getByRole('region', { name: 'Care team' }).getByRole('listitem').first().waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'clinician-3-chart');

    // The same chart on a phone: no sideways scrolling.
    await page.setViewportSize(phoneViewport);
    expect(await noHorizontalScroll(page)).toBe(true);
    await screenshot(page, 'clinician-4-chart-phone');
    await page.getByRole('link', { name: 'Patients' }).first().click();
    await table.getByRole('link').first().waitFor();
    expect(await noHorizontalScroll(page)).toBe(true);
    await screenshot(page, 'clinician-5-patients-phone');
  });

  it('edits demographics with If-Match, and explains a conflicting edit by someone else', async () => {
    const page = await newPage();
    await signIn(page, baseUrl, 'nurse');
    const listed = await apiJson<{ items: ApiPatient[] }>(page, '/api/v1/patients?limit=5');
    const target = listed.items[1] ?? listed.items[0];
    if (!target) throw new Error('the nurse sees no patients');

    await page.goto(`${baseUrl}/patients/${target.id}/edit`);
    await page.getByRole('heading', { level: 2, name: 'Edit details' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'clinician-6-edit');
    await page.getByLabel('Preferred name').fill('Robin');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(`${baseUrl}/patients/${target.id}`);
    await page.getByText('Changes saved.').waitFor();
    await expect.poll(() => page.locator('.chart-header').textContent()).toContain('Goes by Robin');
    const saved = await apiJson<ApiPatient>(page, `/api/v1/patients/${target.id}`);
    expect(saved.preferredName).toBe('Robin');

    // Someone else saves while this form is open: the save is refused and the user is told why.
    await page.getByRole('link', { name: 'Edit details' }).click();
    await page.getByLabel('Preferred name').waitFor();
    const session = await apiJson<{ csrfToken: string }>(page, '/api/v1/auth/session');
    const other = await page.request.patch(`${baseUrl}/api/v1/patients/${target.id}`, {
      headers: { 'If-Match': `W/"${saved.version}"`, 'X-CSRF-Token': session.csrfToken },
      data: { pronouns: 'they/them' },
    });
    expect(other.status()).toBe(200);
    await page.getByLabel('Preferred name').fill('Rob');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Someone else changed this record').waitFor();
    await screenshot(page, 'clinician-7-conflict');
    await page.getByRole('button', { name: 'Load the latest version' }).click();
    await expect.poll(() => page.getByLabel('Pronouns').inputValue()).toBe('they/them');
    expect(await page.getByLabel('Preferred name').inputValue()).toBe('Robin');
  });
});

describe('registration', () => {
  it('the front desk registers a patient; missing fields are explained first', async () => {
    // A browser in UTC: not one of the US zones offered as a default, so the zone must be chosen.
    const page = await newPage({ timezoneId: 'UTC' });
    await signIn(page, baseUrl, 'frontdesk');
    await page.getByRole('link', { name: 'Add patient' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add patient' }).waitFor();

    await page.getByRole('button', { name: 'Add patient' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    const problems = await summary.getByRole('listitem').allTextContents();
    expect(problems).toEqual([
      'First name: Enter the first (given) name.',
      'Last name: Enter the last (family) name.',
      'Date of birth: Enter the date of birth.',
      'Sex assigned at birth: Choose the sex assigned at birth, or Unknown.',
      'Time zone: Choose a time zone.',
    ]);
    expect(await page.getByLabel('First name').getAttribute('aria-invalid')).toBe('true');
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'clinician-8-register-errors');

    await page.getByLabel('First name').fill('Avery');
    await page.getByLabel('Last name').fill('Quillfeather');
    await page.getByLabel('Date of birth').fill('2001-02-03');
    await page.getByLabel('Sex assigned at birth').selectOption('female');
    await page.getByLabel('Time zone').selectOption('America/Denver');
    await page.getByRole('button', { name: 'Add patient' }).click();
    await page.waitForURL(/\/patients\/[0-9a-f-]{36}$/);
    await page.getByText('Patient added.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Avery Quillfeather' }).waitFor();
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    const created = await apiJson<ApiPatient & { sexAssignedAtBirth: string; timeZone: string }>(
      page,
      `/api/v1/patients/${id}`,
    );
    expect(created.dateOfBirth).toBe('2001-02-03');
    expect(created.sexAssignedAtBirth).toBe('female');
    expect(created.timeZone).toBe('America/Denver');
  });
});

describe('patient', () => {
  it('signs in on a 360 × 740 phone and lands on the portal, axe-clean', async () => {
    const page = await newPage({ viewport: phoneViewport, hasTouch: true, isMobile: true });
    await page.goto(`${baseUrl}/signin`);
    await page.getByRole('heading', { level: 1, name: 'Sign in to Titrate' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'patient-1-signin-phone');

    await signIn(page, baseUrl, 'patient01');
    expect(new URL(page.url()).pathname).toBe('/portal');
    const me = await apiJson<{ patient: ApiPatient }>(page, '/api/v1/me');
    const name = me.patient.preferredName ?? me.patient.givenName;
    const greeting = page.getByRole('heading', { level: 1 });
    await expect
      .poll(() => greeting.textContent())
      .toMatch(new RegExp(`^(Good (morning|afternoon|evening)|Hello), ${name}$`));
    await page.getByRole('region', { name: 'Your care team' }).waitFor();
    await page.getByRole('region', { name: 'Need help now?' }).waitFor();
    expect(await noHorizontalScroll(page)).toBe(true);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'patient-2-today-phone');

    await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'My details' }).click();
    await page.getByRole('heading', { level: 1, name: 'My details' }).waitFor();
    await expect
      .poll(() => page.getByRole('region', { name: 'About you' }).textContent())
      .toContain(shownDate(me.patient.dateOfBirth));
    expect(await noHorizontalScroll(page)).toBe(true);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'patient-3-details-phone');

    // The clinician area is not for patients.
    await page.goto(`${baseUrl}/`);
    await page.waitForURL(`${baseUrl}/portal`);
    // A patient cannot list other patients through the API either.
    const list = await page.request.get(`${baseUrl}/api/v1/patients`);
    expect(list.status()).toBe(403);
  });
});

describe('guardian', () => {
  it('a guardian lands on the portal, greeted by name, with only the sections that exist for them', async () => {
    const page = await newPage({ viewport: phoneViewport, hasTouch: true, isMobile: true });
    await signIn(page, baseUrl, 'guardian01');
    expect(new URL(page.url()).pathname).toBe('/portal');
    const session = await apiJson<{ user: { displayName: string } }>(page, '/api/v1/auth/session');
    const greeting = page.getByRole('heading', { level: 1 });
    await expect.poll(() => greeting.textContent()).toContain(`, ${session.user.displayName}`);
    const sections = await page
      .getByRole('navigation', { name: 'Portal' })
      .getByRole('link')
      .allTextContents();
    expect(sections).toEqual(['Today', 'Your teen’s schedule']);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'guardian-1-today-phone');

    // Issue #6: the teen's visits, and a plain note while they don't share medicine reminders.
    await page
      .getByRole('navigation', { name: 'Portal' })
      .getByRole('link', { name: 'Your teen’s schedule' })
      .click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Your teen’s schedule');
    await expect
      .poll(() => page.getByText('hasn’t chosen to share medicine reminders with you').count())
      .toBeGreaterThan(0);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'guardian-2-family-phone');
  });
});

describe('sign-in', () => {
  it('shows the server’s message for a wrong password and stays on sign-in', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/signin`);
    const direct = await page.request.post(`${baseUrl}/api/v1/auth/login`, {
      data: { email: demoEmail('psychiatrist'), password: 'not-the-password' },
    });
    expect(direct.status()).toBe(401);
    const problem = (await direct.json()) as { detail: string };

    await page.getByLabel('Email').fill(demoEmail('psychiatrist'));
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect((await alert.textContent())?.trim()).toBe(problem.detail);
    expect(new URL(page.url()).pathname).toBe('/signin');
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'signin-wrong-password');
  });

  it('a correct password after a wrong one signs in (no error left behind)', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/signin`);
    await page.getByLabel('Email').fill(demoEmail('frontdesk'));
    await page.getByLabel('Password').fill('wrong');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    await page.getByLabel('Password').fill(demoPassword);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await finishSignIn(page, demoEmail('frontdesk'));
    await page.waitForURL(`${baseUrl}/`);
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});

describe('session', () => {
  it('an ended session sends the user to sign-in with a message, then back to the page they were on', async () => {
    const page = await newPage();
    await signIn(page, baseUrl, 'coordinator');
    const listed = await apiJson<{ items: ApiPatient[] }>(page, '/api/v1/patients?limit=1');
    const target = listed.items[0];
    if (!target) throw new Error('the coordinator sees no patients');
    await page.goto(`${baseUrl}/patients/${target.id}`);
    await page.getByRole('heading', { level: 1, name: `${target.givenName} ${target.familyName}` }).waitFor();
    // Let every chart section finish loading, so the click below makes the next request.
    await page.waitForLoadState('networkidle');

    // End the session behind the app's back (as an idle timeout would).
    const session = await apiJson<{ csrfToken: string }>(page, '/api/v1/auth/session');
    const logout = await page.request.post(`${baseUrl}/api/v1/auth/logout`, {
      headers: { 'X-CSRF-Token': session.csrfToken },
    });
    expect(logout.status()).toBe(204);

    // The next request the app makes is refused: it shows sign-in with an explanation.
    await page.getByRole('link', { name: 'Patients' }).first().click();
    await page.waitForURL(`${baseUrl}/signin`);
    await page.getByText('Your session has ended').waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'session-expired');

    await page.getByLabel('Email').fill(demoEmail('coordinator'));
    await page.getByLabel('Password').fill(demoPassword);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await finishSignIn(page, demoEmail('coordinator'));
    await page.waitForURL(`${baseUrl}/`);
  });

  it('a deep link opened while signed out returns there after sign-in', async () => {
    const page = await newPage();
    await signIn(page, baseUrl, 'psychiatrist');
    const listed = await apiJson<{ items: ApiPatient[] }>(page, '/api/v1/patients?limit=1');
    const target = listed.items[0];
    if (!target) throw new Error('no patients');
    await page.context().clearCookies();

    await page.goto(`${baseUrl}/patients/${target.id}`);
    await page.waitForURL(`${baseUrl}/signin`);
    await signIn(page, baseUrl, 'psychiatrist');
    expect(new URL(page.url()).pathname).toBe(`/patients/${target.id}`);
  });

  it('sign out returns to sign-in and the clinician area is closed afterwards', async () => {
    const page = await newPage();
    await signIn(page, baseUrl, 'therapist');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${baseUrl}/signin`);
    await page.getByText('You have signed out.').waitFor();
    await page.goto(`${baseUrl}/`);
    await page.waitForURL(`${baseUrl}/signin`);
    expect(await page.getByText('You have signed out.').count()).toBe(0);
  });
});

describe('security', () => {
  it('runs under the server’s Content-Security-Policy and keeps nothing in web storage', async () => {
    // No CSP bypass here: the app must work with the policy the server sends.
    const page = await newPage({ bypassCSP: false });
    const context = page.context();
    const cspReports: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) cspReports.push(message.text());
    });
    const response = await page.goto(`${baseUrl}/signin`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");

    await signIn(page, baseUrl, 'np');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Patients' }).click();
    const table = page.getByRole('table', { name: 'Patients' });
    await table.getByRole('link').first().click();
    await page.getByRole('region', { name: 'Demographics' }).waitFor();
    await page.getByRole('link', { name: 'Edit details' }).click();
    await page.getByLabel('First name').waitFor();

    expect(cspReports).toEqual([]);
    const storage = await page.evaluate(async () => ({
      local: window.localStorage.length,
      session: window.sessionStorage.length,
      databases: (await window.indexedDB.databases()).length,
    }));
    expect(storage).toEqual({ local: 0, session: 0, databases: 0 });
    const cookies = await context.cookies();
    expect(cookies.every((cookie) => cookie.httpOnly)).toBe(true);
  });
});
