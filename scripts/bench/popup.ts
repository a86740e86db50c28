/**
 * Popup speed in real Chromium: milliseconds from opening the popup on a routed job page, once the
 * page was read (its badge is set), to the analysis being painted (largest contentful paint),
 * median of several opens. Skipped (no figure)
 * when Chromium is not installed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { outDirVariable } from '../out-dir';

const root = path.resolve(import.meta.dirname, '../..');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const jobUrl =
  'https://www.amazon.jobs/en/jobs/3000101/software-development-engineer-ii-parcel-routing';

function build(): string {
  const out = path.join(root, '.tmp/bench-build');
  if (!fs.existsSync(path.join(out, 'chrome-mv3/manifest.json'))) {
    spawnSync(path.join(root, 'node_modules/.bin/wxt'), ['build'], {
      cwd: root,
      env: { ...process.env, [outDirVariable]: out },
    });
  }
  return path.join(out, 'chrome-mv3');
}

export async function measure(): Promise<Record<string, number>> {
  if (!fs.existsSync(executablePath)) {
    process.stderr.write(`bench popup: no Chromium at ${executablePath}; skipped\n`);
    return {};
  }
  const ext = build();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'loopready-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  try {
    const body = fs.readFileSync(
      path.join(root, 'tests/fixtures/amazon-jobs/full-en.html'),
      'utf8',
    );
    await context.route(/^https?:\/\//, (r) => r.abort());
    await context.route('https://www.amazon.jobs/**', (r) =>
      r.fulfill({ contentType: 'text/html', body }),
    );
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const job = await context.newPage();
    await job.goto(jobUrl);
    await job.bringToFront();
    const tabId = await worker.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } };
        }
      ).chrome;
      return (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1;
    });
    // Opened as a user would: after the page was read, which the toolbar badge shows.
    await worker.evaluate(async (id) => {
      const api = (
        globalThis as unknown as {
          chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } };
        }
      ).chrome;
      for (let i = 0; i < 200 && (await api.action.getBadgeText({ tabId: id })) === ''; i++)
        await new Promise((resolve) => setTimeout(resolve, 50));
    }, tabId);
    const times: number[] = [];
    for (let i = 0; i < 8; i++) {
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${id}/popup.html?tabId=${tabId}`);
      await popup
        .getByRole('region', { name: 'Likely Leadership Principles', exact: true })
        .waitFor();
      const ms = await popup.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) =>
              resolve(list.getEntries().at(-1)?.startTime ?? -1),
            ).observe({
              type: 'largest-contentful-paint',
              buffered: true,
            });
          }),
      );
      times.push(ms);
      await popup.close();
    }
    const sorted = [...times].sort((a, b) => a - b);
    return {
      popup_analysis_first_ms: Math.round(times[0]!),
      popup_analysis_median_ms: Math.round(sorted[Math.floor(sorted.length / 2)]!),
    };
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
