// Web push on the patient's device: with VAPID keys the server offers "Reminders on this device" on
// My routine and serves the service worker; without keys the control is absent. A real subscription is
// not attempted: headless Chromium here cannot reach a push service.

import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  describeViolations,
  launchBrowser,
  type RunningServer,
  seriousAxeViolations,
  signIn,
  startServer,
} from './harness.js';

// web-push is a dependency of the server package, not of the e2e tests.
const webPush = createRequire(new URL('../packages/server/package.json', import.meta.url))('web-push') as {
  generateVAPIDKeys(): { publicKey: string; privateKey: string };
};

const defaultBaseUrl = inject('baseUrl');
let browser: Browser;
let pushServer: RunningServer;
const contexts: BrowserContext[] = [];
const patientUser = 'patient05';

beforeAll(async () => {
  const keys = webPush.generateVAPIDKeys();
  [browser, pushServer] = await Promise.all([
    launchBrowser(),
    startServer(
      {
        TITRATE_VAPID_PUBLIC_KEY: keys.publicKey,
        TITRATE_VAPID_PRIVATE_KEY: keys.privateKey,
        TITRATE_VAPID_SUBJECT: 'mailto:ops@example.org',
      },
      'push-server',
    ),
  ]);
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await pushServer?.stop();
});

async function phonePage(): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    bypassCSP: true, // only so axe can be injected
  });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
}

describe('reminders on this device', () => {
  it('offers the control and serves the service worker when the server has VAPID keys', async () => {
    const page = await phonePage();
    await signIn(page, pushServer.baseUrl, patientUser);
    await page.goto(`${pushServer.baseUrl}/portal/routine`);
    await expect.poll(() => page.getByRole('heading', { name: 'Reminders on this device' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Turn on' }).waitFor();

    const script = await page.request.get(`${pushServer.baseUrl}/sw.js`);
    expect(script.status()).toBe(200);
    expect(script.headers()['content-type']).toMatch(/javascript/);
    expect(script.headers()['cache-control']).toBe('no-cache');
    expect(await script.text()).not.toMatch(/addEventListener\(\s*['"]fetch/);

    const registered = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.register('/sw.js');
      return registration.scope;
    });
    expect(registered).toBe(`${pushServer.baseUrl}/`);

    const violations = await seriousAxeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('does not show the control when web push is off', async () => {
    const page = await phonePage();
    await signIn(page, defaultBaseUrl, patientUser);
    await page.goto(`${defaultBaseUrl}/portal/routine`);
    await page.getByRole('button', { name: 'Save my routine' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Reminders on this device' }).count()).toBe(0);
  });
});
