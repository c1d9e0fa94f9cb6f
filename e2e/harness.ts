// Starts Titrate the way `npm start` does (the built server, serving the built web app), on a free port
// with a fresh temporary data folder, and launches Chromium through playwright-core.

import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AxeResults, Result as AxeViolation } from 'axe-core';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { demoTotpCode } from '../packages/server/src/demo/totp.js';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const screenshotDir = path.join(repoRoot, 'e2e', 'screenshots');
const outputDir = path.join(repoRoot, 'e2e', '.output');
const serverEntry = path.join(repoRoot, 'packages', 'server', 'dist', 'cli.js');
const readyTimeoutMs = 120_000;

export const demoPassword = 'titrate-demo-2026';
export const demoEmail = (user: string) => `${user}@demo.titrate.test`;

/** A TCP port nothing is listening on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

export interface RunningServer {
  /** Where the browser opens the app. */
  baseUrl: string;
  logFile: string;
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function tail(file: string, lines = 40): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).split('\n').slice(-lines).join('\n');
  } catch {
    return '(no server output)';
  }
}

/** `env`: extra environment for this server, e.g. a short idle time-out. */
export async function startServer(extraEnv: NodeJS.ProcessEnv = {}, name = 'server'): Promise<RunningServer> {
  if (!existsSync(serverEntry)) {
    throw new Error(`${serverEntry} is missing: run \`npm run build\` first.`);
  }
  await mkdir(outputDir, { recursive: true });
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv, PORT: String(port) };
  // With DATABASE_URL the server uses that PostgreSQL server; otherwise a fresh embedded database.
  const dataDir = process.env.DATABASE_URL ? null : await mkdtemp(path.join(os.tmpdir(), 'titrate-e2e-'));
  if (dataDir) env.TITRATE_DATA_DIR = dataDir;

  const logFile = path.join(outputDir, `${name}.log`);
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [serverEntry, 'start'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  // If the test run itself is killed, do not leave the server behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited(child);
      clearTimeout(killer);
    }
    log.end();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };

  const probe = `http://127.0.0.1:${port}/readyz`;
  const deadline = Date.now() + readyTimeoutMs;
  let ready = false;
  while (!ready) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(`The server stopped before it was ready:\n${await tail(logFile)}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The server was not ready within ${readyTimeoutMs / 1000} s:\n${await tail(logFile)}`);
    }
    try {
      const response = await fetch(probe, { signal: AbortSignal.timeout(2_000) });
      ready = response.status === 200;
    } catch {
      // not listening yet
    }
    if (!ready) await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { baseUrl: `http://localhost:${port}`, logFile, stop };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const desktopViewport = { width: 1280, height: 900 };
export const phoneViewport = { width: 360, height: 740 };

export interface BrowserPages {
  /**
   * A page in a fresh browser profile (no cookies): desktop size unless `options` say otherwise, a 20 s
   * default timeout, and CSP bypassed so that axe-core can be injected (the app's CSP forbids injected
   * scripts).
   */
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

/**
 * One Chromium for the test file: launched in `beforeAll`, and closed with every profile it opened in
 * `afterAll`. Call at the top level of a test file.
 */
export function useBrowser(): BrowserPages {
  let launched: Promise<Browser> | undefined;
  const launch = () => {
    launched ??= launchBrowser();
    return launched;
  };
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    await launch();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await launched?.then(
      (browser) => browser.close(),
      () => undefined,
    );
  });
  return {
    async newPage(options = {}) {
      const browser = await launch();
      const context = await browser.newContext({ viewport: desktopViewport, bypassCSP: true, ...options });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      return page;
    },
  };
}

const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

declare global {
  interface Window {
    axe?: { run(context?: unknown, options?: unknown): Promise<AxeResults> };
  }
}

/**
 * Runs axe-core on the page and returns the serious and critical violations. Injecting the script
 * needs a browser context created with `bypassCSP: true` (the app's CSP forbids injected scripts).
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: axeScript });
  const results = await page.evaluate(async () => {
    const axe = window.axe;
    if (!axe) throw new Error('axe-core did not load');
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
}

/** A readable list of violations for assertion messages. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help}\n` +
        violation.nodes
          .slice(0, 5)
          .map((node) => `    ${node.target.join(' ')} — ${node.failureSummary ?? ''}`)
          .join('\n'),
    )
    .join('\n');
}

/** Fails the test with a readable list when axe finds serious or critical violations on the page. */
export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const violations = await seriousAxeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

/** Whether the page fits its viewport's width without sideways scrolling. */
export function noHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

/** GET with the page's cookies; the test fails unless the answer is 200. */
export async function getJson<T>(page: Page, url: string): Promise<T> {
  const response = await page.request.get(url);
  const { pathname, search } = new URL(url);
  expect(response.status(), `GET ${pathname}${search}`).toBe(200);
  return (await response.json()) as T;
}

export interface TaskSummary {
  id: string;
  patientId: string;
  priority: string;
  status: string;
  title: string;
}

/**
 * The task with this id among the signed-in clinician's urgent tasks, read the way the app reads them
 * (a same-origin fetch with the session cookie); the test fails unless the list answers 200.
 */
export async function urgentTask(page: Page, taskId: string): Promise<TaskSummary | undefined> {
  const tasks = await page.evaluate(async () => {
    const response = await fetch('/api/v1/tasks?priority=urgent', { credentials: 'same-origin' });
    return { status: response.status, body: (await response.json()) as { items: unknown[] } };
  });
  expect(tasks.status).toBe(200);
  return (tasks.body.items as TaskSummary[]).find((item) => item.id === taskId);
}

/** The date `days` days ago, as YYYY-MM-DD (UTC). */
export const isoDaysAgo = (days: number): string =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

const mediumDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
/** As the app writes a date: `2026-10-12` → `Oct 12, 2026`. */
export const shownDate = (iso: string): string => mediumDate.format(new Date(`${iso}T00:00:00Z`));

/** Chooses a drug in the order form's search and waits for the draft's safety check. */
export async function chooseDrug(page: Page, search: string, name: string): Promise<void> {
  await page.getByLabel('Drug (generic or brand name)').fill(search);
  await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await page.getByText(/Draft saved/).waitFor();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

const totpStepMs = 30_000;
/** Last TOTP time step used per address: the server refuses a step at or before the last one used. */
const usedSteps = new Map<string, number>();

/**
 * A code for a TOTP time step not used yet for this address: the current step, else the next one
 * (the server accepts ±1 step), else wait for a fresh step.
 */
export async function freshTotpCode(key: string, codeAt: (at: Date) => string): Promise<string> {
  for (;;) {
    const now = Date.now();
    const current = Math.floor(now / totpStepMs);
    const last = usedSteps.get(key) ?? Number.NEGATIVE_INFINITY;
    // Not the next step in the last 3 s of the current one: by the time it arrives it may be two ahead.
    const candidates = [current, ...(now % totpStepMs < totpStepMs - 3_000 ? [current + 1] : [])];
    const step = candidates.find((candidate) => candidate > last);
    if (step !== undefined) {
      usedSteps.set(key, step);
      return codeAt(new Date(step * totpStepMs + totpStepMs / 2));
    }
    await new Promise((resolve) => setTimeout(resolve, totpStepMs - (now % totpStepMs) + 200));
  }
}

/** Current demo TOTP code for a demo staff address (the server derives demo secrets the same way). */
export function demoCode(email: string): Promise<string> {
  return freshTotpCode(email, (at) => demoTotpCode(email, at));
}

/**
 * After the password: enters the authenticator code when the app asks for one (staff), and waits until
 * the app has left the sign-in page. Patients without two-step sign-in go straight through.
 */
export async function finishSignIn(page: Page, email: string): Promise<void> {
  const codeField = page.getByLabel('Verification code');
  const left = () => !new URL(page.url()).pathname.startsWith('/signin');
  await Promise.race([page.waitForURL((url) => !url.pathname.startsWith('/signin')), codeField.waitFor()]);
  for (let attempt = 0; !left(); attempt += 1) {
    await codeField.fill(await demoCode(email));
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
    const outcome = await Promise.race([
      page.waitForURL((url) => !url.pathname.startsWith('/signin')).then(() => 'in' as const),
      page
        .getByRole('alert')
        .waitFor()
        .then(() => 'refused' as const),
    ]);
    if (outcome === 'in') return;
    // Another test file may have used this step already: one more try with a fresh step.
    if (attempt >= 1) throw new Error(`the verification code for ${email} was refused`);
    usedSteps.set(email, Math.floor(Date.now() / totpStepMs) + 1);
  }
}

/** Signs in through the form (password, then the authenticator code for staff) and waits until the app has left the sign-in page. */
export async function signIn(
  page: Page,
  baseUrl: string,
  user: string,
  password = demoPassword,
): Promise<void> {
  if (!page.url().startsWith(`${baseUrl}/signin`)) await page.goto(`${baseUrl}/signin`);
  await page.getByLabel('Email').fill(demoEmail(user));
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await finishSignIn(page, demoEmail(user));
}
