// Web push on the patient's device: with VAPID keys the server offers "Reminders on this device" on
// My routine and serves the service worker; without keys the control is absent. A real subscription is
// not attempted: headless Chromium here cannot reach a push service.

import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  expectNoSeriousAxeViolations,
  phoneViewport,
  type RunningServer,
  signIn,
  startServer,
  useBrowser,
} from './harness.js';

// web-push is a dependency of the server package, not of the e2e tests.
const webPush = createRequire(new URL('../packages/server/package.json', import.meta.url))('web-push') as {
  generateVAPIDKeys(): { publicKey: string; privateKey: string };
};

const defaultBaseUrl = inject('baseUrl');
const { newPage } = useBrowser();
let pushServer: RunningServer;
const patientUser = 'patient05';

beforeAll(async () => {
  const keys = webPush.generateVAPIDKeys();
  pushServer = await startServer(
    {
      TITRATE_VAPID_PUBLIC_KEY: keys.publicKey,
      TITRATE_VAPID_PRIVATE_KEY: keys.privateKey,
      TITRATE_VAPID_SUBJECT: 'mailto:ops@example.org',
    },
    'push-server',
  );
}, 120_000);

afterAll(async () => {
  await pushServer?.stop();
});

// bypassCSP (the default of newPage) only so that axe can be injected.
const phonePage = () => newPage({ viewport: phoneViewport, isMobile: true });

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

    await expectNoSeriousAxeViolations(page);
  });

  it('does not show the control when web push is off', async () => {
    const page = await phonePage();
    await signIn(page, defaultBaseUrl, patientUser);
    await page.goto(`${defaultBaseUrl}/portal/routine`);
    await page.getByRole('button', { name: 'Save my routine' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Reminders on this device' }).count()).toBe(0);
  });
});
