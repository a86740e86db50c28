import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  test as base,
  chromium,
  expect,
  type BrowserContext,
  type Page,
  type Worker,
} from '@playwright/test';
import { outDir, outDirVariable } from '../../scripts/out-dir';

const root = path.resolve(import.meta.dirname, '../..');
/** The unpacked Chrome build under test, in the build folder (`WXT_OUT_DIR`, see scripts/out-dir.ts). */
export const extensionDir = path.join(outDir(root), 'chrome-mv3');
const fixtureDir = path.join(root, 'tests/fixtures/amazon-jobs');
const jobHost = /^https:\/\/(www\.)?amazon\.jobs\//;

/** Contexts whose amazon.jobs requests are served from a fixture (and so are not "leaving"). */
const routedContexts = new WeakSet<BrowserContext>();

/** Serves tests/fixtures/amazon-jobs/<fixtureName> for every amazon.jobs URL in this context. */
export async function routeJobPage(context: BrowserContext, fixtureName: string): Promise<void> {
  const body = fs.readFileSync(path.join(fixtureDir, fixtureName), 'utf8');
  routedContexts.add(context);
  for (const pattern of ['https://www.amazon.jobs/**', 'https://amazon.jobs/**']) {
    // Registered after the abort-all route, so it wins for amazon.jobs URLs.
    await context.route(pattern, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
    );
  }
}

interface Fixtures {
  /** A fresh Chromium profile with the built extension loaded; every web request aborted. */
  context: BrowserContext;
  /** Our service worker (the background). */
  serviceWorker: Worker;
  extensionId: string;
  /** URLs requested outside the extension and the routed amazon.jobs page: must stay empty. */
  requests: string[];
  /** Uncaught errors in any page; the test fails at teardown if there is one. */
  pageErrors: string[];
}

function launchArgs(): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}

function watchErrors(page: Page, errors: string[]) {
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
}

export const test = base.extend<Fixtures>({
  requests: async ({}, provide) => {
    await provide([]);
  },
  pageErrors: async ({}, provide) => {
    await provide([]);
  },
  context: async ({ requests, pageErrors }, provide) => {
    if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
      throw new Error(
        `No build at ${extensionDir}: run \`npx wxt build\` (with the same ${outDirVariable}).`,
      );
    }
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'loopready-e2e-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: launchArgs(),
    });
    // Nothing leaves the machine: every web request is aborted unless a test routes it.
    await context.route(/^https?:\/\//, (route) => route.abort());
    context.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('chrome-extension://')) return;
      if (jobHost.test(url) && routedContexts.has(context)) return;
      requests.push(url);
    });
    context.pages().forEach((page) => watchErrors(page, pageErrors));
    context.on('page', (page) => watchErrors(page, pageErrors));
    await provide(context);
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
    expect(pageErrors, 'uncaught errors in a page').toEqual([]);
  },
  serviceWorker: async ({ context }, provide) => {
    const [existing] = context.serviceWorkers();
    await provide(existing ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ serviceWorker }, provide) => {
    await provide(new URL(serviceWorker.url()).host);
  },
});

export { expect };
