// Identity in the browser: an administrator invites a clinician, who sets a password, enrols an
// authenticator, saves recovery codes and signs in with two steps; the idle time-out warns and signs out.

import * as OTPAuth from 'otpauth';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import {
  demoEmail,
  demoPassword,
  expectNoSeriousAxeViolations,
  freshTotpCode,
  noHorizontalScroll,
  phoneViewport,
  type RunningServer,
  screenshot,
  signIn,
  startServer,
  useBrowser,
} from './harness.js';

const baseUrl = inject('baseUrl');
const { newPage } = useBrowser();

async function webStorage(page: Page) {
  return page.evaluate(async () => ({
    local: window.localStorage.length,
    session: window.sessionStorage.length,
    databases: (await window.indexedDB.databases()).length,
  }));
}

/** Status of a health-information request made with the page's cookies. */
async function patientListStatus(page: Page, origin: string): Promise<number> {
  return (await page.request.get(`${origin}/api/v1/patients?limit=1`)).status();
}

function totpFor(secret: string) {
  const totp = new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  });
  return (at: Date) => totp.generate({ timestamp: at.getTime() });
}

/**
 * On the "Set up two-step sign-in" step: reads the secret, confirms it with a fresh code and waits for
 * the recovery codes. Returns the code generator for that secret and the recovery codes shown.
 */
async function confirmEnrolment(page: Page, email: string) {
  const secret = ((await page.locator('code.secret').textContent()) ?? '').replace(/\s+/g, '');
  expect(secret).toMatch(/^[A-Z2-7]+=*$/);
  const codeAt = totpFor(secret);
  await page.getByLabel('Verification code').fill(await freshTotpCode(email, codeAt));
  await page.getByRole('button', { name: 'Confirm and continue' }).click();
  await page.getByRole('heading', { name: 'Save your recovery codes' }).waitFor();
  const recoveryCodes = await page
    .getByRole('list', { name: 'Recovery codes' })
    .getByRole('listitem')
    .allTextContents();
  return { codeAt, recoveryCodes };
}

describe('invitation and two-step sign-in', () => {
  it('an admin invites a clinician, who sets a password, enrols TOTP, saves recovery codes and signs in again', async () => {
    const admin = await newPage();
    await signIn(admin, baseUrl, 'admin');
    const session = (await (await admin.request.get(`${baseUrl}/api/v1/auth/session`)).json()) as {
      organization: { name: string };
    };
    await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    await admin.getByRole('table', { name: 'Staff accounts' }).getByRole('row').nth(1).waitFor();
    await expectNoSeriousAxeViolations(admin);
    await screenshot(admin, 'identity-1-users');

    // Invite a therapist; the link is shown once (email may not be configured).
    const stamp = Date.now().toString(36);
    const email = `jordan.pike.${stamp}@example.org`;
    await admin.getByLabel('Email', { exact: true }).fill(email);
    await admin.getByLabel('Name', { exact: true }).fill('Jordan Pike');
    await admin.getByRole('group', { name: 'Roles' }).getByLabel('Therapist').check();
    await admin.getByRole('button', { name: 'Send invitation' }).click();
    const linkBox = admin.getByLabel('Invitation link');
    await linkBox.waitFor();
    const link = await linkBox.inputValue();
    expect(link).toMatch(/\/invitation#token=.+/);
    await admin.getByRole('table', { name: 'Pending invitations' }).getByText(email).waitFor();
    await expectNoSeriousAxeViolations(admin);
    await screenshot(admin, 'identity-2-invited');

    // The invitee opens the link in a browser of their own.
    const page = await newPage();
    await page.goto(link.replace(/^https?:\/\/[^/]+/, baseUrl));
    await page.getByRole('heading', { level: 1, name: `Join ${session.organization.name}` }).waitFor();
    // The secret is taken out of the address bar.
    await expect.poll(() => new URL(page.url()).hash).toBe('');
    await page.getByText(email).waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'identity-3-invitation');

    // The server's reasons appear next to the field.
    await page.getByLabel('Password', { exact: true }).fill('jordan-pike-garden-2026');
    await page.getByLabel('Confirm password').fill('jordan-pike-garden-2026');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Do not use your name in your password.').waitFor();
    await expectNoSeriousAxeViolations(page);

    const password = 'violet harbour lantern 92';
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByLabel('Confirm password').fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();

    // Enrolment: QR code and the key for typing in.
    await page.getByRole('heading', { name: 'Set up two-step sign-in' }).waitFor();
    await page.getByRole('img', { name: /QR code/ }).waitFor();
    // Password alone gives no usable session.
    expect(await patientListStatus(page, baseUrl)).toBe(401);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Set up two-step sign-in');
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'identity-4-enrol');
    const { codeAt, recoveryCodes } = await confirmEnrolment(page, email);
    expect(recoveryCodes).toHaveLength(10);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'identity-5-recovery-codes');
    await page.getByRole('button', { name: 'I have saved these codes' }).click();
    await page.waitForURL(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Patients' }).waitFor();
    expect(await patientListStatus(page, baseUrl)).toBe(200);

    // Settings are there for everyone signed in.
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'identity-6-settings');

    // Sign out: nothing is left in the browser.
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.waitForURL(`${baseUrl}/signin`);
    expect(await webStorage(page)).toEqual({ local: 0, session: 0, databases: 0 });
    expect(await patientListStatus(page, baseUrl)).toBe(401);

    // Password, then the code.
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    const codeField = page.getByLabel('Verification code');
    await codeField.waitFor();
    expect(await patientListStatus(page, baseUrl)).toBe(401);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'identity-7-code-step');
    // A wrong code is explained and leaves the user on the step.
    await codeField.fill('000000');
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
    await page.getByRole('alert').waitFor();
    expect(new URL(page.url()).pathname).toBe('/signin');
    await codeField.fill(await freshTotpCode(email, codeAt));
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
    // Back to the page the user signed out from.
    await page.waitForURL(`${baseUrl}/settings`);
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await patientListStatus(page, baseUrl)).toBe(200);

    // The new account is listed for the admin, with two-step sign-in on.
    await admin.reload();
    const row = admin.getByRole('row', { name: /Jordan Pike/ }).first();
    await expect.poll(() => row.textContent()).toContain('On');

    // Disabling the account ends the new user's live session at their next request.
    await row.getByRole('button', { name: 'Manage Jordan Pike' }).click();
    const manage = admin.getByRole('region', { name: 'Manage Jordan Pike' });
    await manage.getByRole('button', { name: 'Disable' }).click();
    await manage.getByText('Account disabled and signed out.').waitFor();
    await expect
      .poll(() =>
        admin
          .getByRole('row', { name: /Jordan Pike/ })
          .first()
          .textContent(),
      )
      .toContain('Disabled');
    await expectNoSeriousAxeViolations(admin);
    await screenshot(admin, 'identity-11-disabled');
    await page.getByRole('link', { name: 'Patients' }).click();
    await page.waitForURL(`${baseUrl}/signin`);
    await page.getByText('Your session has ended').waitFor();
  });

  it('forgot-password answers the same for any address; a reset link without its token explains itself', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/signin`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.getByLabel('Email').fill('nobody-here@example.org');
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await page.getByText('If an account exists for that address').waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'identity-8-forgot');

    await page.goto(`${baseUrl}/reset-password`);
    await page.getByText('This reset link is incomplete.').waitFor();
    // Opened from an email: a fresh page load.
    await page.goto(`${baseUrl}/signin`);
    await page.goto(`${baseUrl}/reset-password#token=not-a-real-token`);
    await expect.poll(() => new URL(page.url()).hash).toBe('');
    await page.getByLabel('New password', { exact: true }).fill('a perfectly fine passphrase');
    await page.getByLabel('Confirm new password').fill('a perfectly fine passphrase');
    await page.getByRole('button', { name: 'Save new password' }).click();
    await page.getByRole('alert').waitFor();
    await expectNoSeriousAxeViolations(page);

    // An invitation link that is not (or no longer) valid says what to do.
    await page.goto(`${baseUrl}/invitation#token=${'x'.repeat(43)}`);
    await page.getByRole('alert').getByText('Ask your clinic administrator for a new one').waitFor();
    await expectNoSeriousAxeViolations(page);
  });

  it('the invite form asks for prescriber details and shows the server’s reasons', async () => {
    const admin = await newPage();
    await signIn(admin, baseUrl, 'admin');
    await admin.goto(`${baseUrl}/admin/users`);
    await admin.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    await admin.getByLabel('Email', { exact: true }).fill(`pa.${Date.now().toString(36)}@example.org`);
    await admin.getByLabel('Name', { exact: true }).fill('Casey Rowan');
    await admin.getByRole('group', { name: 'Roles' }).getByLabel('Prescriber').check();
    await admin.getByLabel('Credential').selectOption('PA');
    await admin.getByRole('button', { name: 'Send invitation' }).click();
    await admin.getByText('Choose the supervising psychiatrist for a physician assistant.').waitFor();
    await admin.getByLabel('Supervising psychiatrist').selectOption({ index: 1 });
    // A National Provider Identifier whose check digit is wrong.
    await admin.getByLabel(/NPI/).fill('1234567890');
    await admin.getByRole('button', { name: 'Send invitation' }).click();
    await admin.getByRole('alert').getByText(/NPI/).waitFor();
    expect(await admin.getByLabel('Invitation link').count()).toBe(0);
    await expectNoSeriousAxeViolations(admin);
    await screenshot(admin, 'identity-13-invite-prescriber');
  });
});

describe('patient two-step sign-in', () => {
  it('a patient turns two-step sign-in on in Settings, signs in with a code, and turns it off again', async () => {
    const page = await newPage();
    await page.setViewportSize(phoneViewport);
    // patient07 is used by no other test: its authenticator secret is random, not a demo one.
    const email = demoEmail('patient07');
    await signIn(page, baseUrl, 'patient07');
    expect(new URL(page.url()).pathname).toBe('/portal');
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await noHorizontalScroll(page)).toBe(true);
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
    await page.getByRole('heading', { name: 'Set up two-step sign-in' }).waitFor();
    const { codeAt, recoveryCodes } = await confirmEnrolment(page, email);
    await page.getByRole('button', { name: 'I have saved these codes' }).click();
    await page.getByText('Two-step sign-in is on').waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'identity-12-patient-settings-phone');

    // Next sign-in asks for the code; a recovery code works instead, once.
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.waitForURL(`${baseUrl}/signin`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(demoPassword);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByLabel('Verification code').waitFor();
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.getByRole('heading', { name: 'Use a recovery code' }).waitFor();
    await page.getByLabel('Recovery code').fill(recoveryCodes[0] ?? '');
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/signin'));

    // Turn it off again with a current code.
    await page.goto(`${baseUrl}/settings`);
    await page.getByText('Two-step sign-in is on').waitFor();
    await page.getByLabel('Current code from your app').fill(await freshTotpCode(email, codeAt));
    await page.getByRole('button', { name: 'Turn off two-step sign-in' }).click();
    await page.getByRole('button', { name: 'Turn on two-step sign-in' }).waitFor();
  });
});

describe('idle time-out', () => {
  let shortIdle: RunningServer | null = null;

  afterAll(async () => {
    await shortIdle?.stop();
  });

  it('warns before the time-out, "Stay signed in" keeps the session, and then signs out at the limit', async () => {
    // A second server whose staff sessions end after one minute without requests.
    shortIdle = await startServer({ TITRATE_STAFF_IDLE_MINUTES: '1' }, 'server-short-idle');
    const origin = shortIdle.baseUrl;
    const page = await newPage();
    await signIn(page, origin, 'nurse');
    // Nurses land on their caseload.
    await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();

    const dialog = page.getByRole('dialog', { name: 'Are you still there?' });
    await dialog.waitFor({ timeout: 70_000 });
    await expect.poll(() => dialog.textContent()).toMatch(/You will be signed out in 0:\d\d for your safety/);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'identity-9-idle-warning');
    await dialog.getByRole('button', { name: 'Stay signed in' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await patientListStatus(page, origin)).toBe(200);

    // No more requests: the warning returns and the app signs out at the limit.
    await dialog.waitFor({ timeout: 70_000 });
    await page.waitForURL(`${origin}/signin`, { timeout: 30_000 });
    await page.getByText('You were signed out after 1 minute without activity.').waitFor();
    expect(await webStorage(page)).toEqual({ local: 0, session: 0, databases: 0 });
    expect(await patientListStatus(page, origin)).toBe(401);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'identity-10-idle-signed-out');
  }, 300_000);
});
