// The follow-up note's "Next visit" panel in a real browser: before signing, it shows what signing
// would book (interval, date, modality, reasons), pre-fills the booking date, and updates when the
// saved risk level changes it.

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoSeriousAxeViolations, signIn, useBrowser } from './harness.js';

const baseUrl = inject('baseUrl');
const { newPage } = useBrowser();
let page: Page;

beforeAll(async () => {
  page = await newPage();
});

describe('follow-up note: next visit preview', () => {
  it('shows the recommended next visit before signing and updates it after the risk level is saved', async () => {
    await signIn(page, baseUrl, 'psychiatrist');
    await page.waitForURL(`${baseUrl}/caseload`);
    const caseload = await page.request.get(`${baseUrl}/api/v1/caseload`);
    expect(caseload.status()).toBe(200);
    const { items } = (await caseload.json()) as { items: { patient: { id: string } }[] };
    const patientId = items[0]?.patient.id;
    if (!patientId) throw new Error('the psychiatrist’s caseload is empty');

    await page.goto(`${baseUrl}/patients/${patientId}/visits/new`);
    const panel = page.getByRole('region', { name: 'Next visit' });
    await panel.getByRole('heading', { name: 'Next visit' }).waitFor();
    const summary = panel.getByRole('status');
    await expect.poll(() => summary.textContent()).toMatch(/^Next visit (within \d+ days?|today)/);
    // The booking date is pre-filled with the recommended one.
    await expect.poll(() => page.getByLabel('Next visit date').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await page.getByLabel('Risk level').selectOption('moderate');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText(/^Saved /).waitFor();
    // Moderate suicide risk: evaluation within 2 days (or sooner if something else already requires it).
    await panel.getByText(/Moderate suicide risk \(C-SSRS\)/).waitFor();
    await expect.poll(() => summary.textContent()).toMatch(/^Next visit (within [12] days?|today)/);
    await expectNoSeriousAxeViolations(page);
  });
});
