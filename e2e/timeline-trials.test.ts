// Medication trials on the treatment timeline (issue #5), in a real browser against the built app: the
// demo's switched non-responder shows both antidepressants, the first judged "adequate · no response"
// and the second "adequate · response", with the details on focus and the list of trials below.

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_COURSES, generateDemoClinic } from '../packages/server/src/demo/clinic.js';
import {
  desktopViewport,
  expectNoSeriousAxeViolations,
  launchBrowser,
  noHorizontalScroll,
  phoneViewport,
  screenshot,
  signIn,
} from './harness.js';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
let page: Page;

// The server loads the demo clinic from the default seed: the same ids and names as generated here.
const demo = generateDemoClinic();
const patient = demo.patients[DEMO_COURSES.switched - 1]!;
const adolescent = demo.patients[DEMO_COURSES.adolescent - 1]!;

beforeAll(async () => {
  browser = await launchBrowser();
  // axe-core injection needs CSP bypassed (the app's CSP forbids injected scripts).
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
});

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
});

describe('medication trials on the timeline', () => {
  it('shows the switched non-responder’s two antidepressants with their trial verdicts', async () => {
    await signIn(page, baseUrl, 'psychiatrist');
    await page.goto(`${baseUrl}/patients/${patient.id}`);
    await page.getByRole('heading', { level: 2, name: 'Treatment timeline' }).waitFor();

    const timeline = page.getByRole('group', { name: /Treatment timeline/ });
    await timeline.waitFor();
    // Both medications have a lane.
    const lanes = await timeline.locator('text.timeline-lane-label').allTextContents();
    expect(lanes).toEqual(expect.arrayContaining(['Sertraline', 'Venlafaxine']));

    // The first trial's verdict under its bar, focusable, with the details.
    const sertraline = timeline.getByRole('img', { name: /^Sertraline trial: adequate · no response/ });
    await sertraline.waitFor();
    expect(await sertraline.textContent()).toBe('adequate · no response');
    const label = (await sertraline.getAttribute('aria-label')) ?? '';
    expect(label).toContain('150 mg/day for 10 weeks');
    expect(label).toContain('PHQ-9 18 → 16');
    expect(label).toContain('From 4 orders');
    await sertraline.focus();
    const tip = page.locator('.timeline-tip');
    await expect.poll(() => tip.textContent()).toContain('PHQ-9 18 → 16');
    await expect
      .poll(() => timeline.getByRole('img', { name: /^Venlafaxine trial: adequate · response/ }).count())
      .toBe(1);

    // The list of trials under the picture; one failed adequate trial is not treatment-resistant.
    const list = page.getByRole('region', { name: 'Medication trials' });
    await list.waitFor();
    const items = await list.getByRole('listitem').allTextContents();
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^Sertraline 150 mg\/day for 10 weeks — adequate · no response/);
    expect(items[1]).toMatch(/^Venlafaxine 150 mg\/day for \d+ weeks — adequate · response/);
    expect(await list.getByText('Treatment-resistant depression').count()).toBe(0);

    await expectNoSeriousAxeViolations(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'timeline-trials');

    // The chart with its trials fits a phone without sideways scrolling.
    await page.setViewportSize(phoneViewport);
    await expect.poll(() => noHorizontalScroll(page)).toBe(true);
  });

  it('shows an adolescent’s fluoxetine course as too early to judge', async () => {
    await page.setViewportSize(desktopViewport);
    await page.goto(`${baseUrl}/patients/${adolescent.id}`);
    const timeline = page.getByRole('group', { name: /Treatment timeline/ });
    const fluoxetine = timeline.getByRole('img', {
      name: /^Fluoxetine trial: 4 wk so far — too early to judge/,
    });
    await fluoxetine.waitFor();
    expect(await fluoxetine.getAttribute('aria-label')).toContain('20 mg/day for 4 weeks');
    await expectNoSeriousAxeViolations(page);
  });
});
