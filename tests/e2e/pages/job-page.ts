import type { Page } from '@playwright/test';
import { routeJobPage } from '../fixtures';
import type { Extension, WithChrome } from './extension-api';

export interface JobTab {
  page: Page;
  tabId: number;
}

/** What the content scripts reported to the background: the tab and the address each one read. */
interface Reading {
  tabId: number;
  url: string;
}
type WithReadings = WithChrome & { loopreadyReadings?: Reading[] };

/**
 * Records, inside the service worker, each page reading a content script sends (`postingRead`),
 * beside the background's own handler, so a test knows when a tab's content script has run.
 * Nothing asks the page: the content script only ever talks to the background.
 */
async function recordReadings(ext: Extension): Promise<void> {
  await ext.serviceWorker.evaluate(() => {
    const g = globalThis as unknown as WithReadings;
    if (g.loopreadyReadings) return;
    const readings: Reading[] = [];
    g.loopreadyReadings = readings;
    g.chrome.runtime.onMessage.addListener((message, sender) => {
      const m = message as { name?: string; payload?: { posting?: { url?: string } } } | null;
      if (m?.name === 'postingRead' && sender.tab?.id !== undefined)
        readings.push({ tabId: sender.tab.id, url: m.payload?.posting?.url ?? '' });
    });
  });
}

/**
 * Opens a URL (route it first with `routeJobPage`) in a new tab and finds its tab id through the
 * service worker: the tab just opened is the active one. Needs no `tabs` permission, since
 * `tabs.query` returns ids without it.
 */
export async function openJobPage(ext: Extension, url: string): Promise<JobTab> {
  await recordReadings(ext);
  const page = await ext.context.newPage();
  await page.goto(url);
  await page.bringToFront();
  const tabId = await ext.serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as WithChrome;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  if (tabId < 0) throw new Error(`No active tab found for ${url}`);
  return { page, tabId };
}

/**
 * Waits until the tab's content script (it starts at document_idle) has sent its first reading
 * to the background and returns the URL it read, so a test can check the tab id points at the
 * page it opened. The tab must have been opened with `openJobPage`.
 */
export async function waitForContentScript(ext: Extension, tabId: number): Promise<string> {
  return ext.serviceWorker.evaluate(async (id) => {
    const g = globalThis as unknown as WithReadings;
    for (let attempt = 0; attempt < 100; attempt++) {
      const reading = g.loopreadyReadings?.find((r) => r.tabId === id);
      if (reading) return reading.url;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`The content script in tab ${id} never sent its reading`);
  }, tabId);
}

/** The analysed posting the background keeps for a tab (its title), or null when it keeps none. */
export async function tabPostingTitle(ext: Extension, tabId: number): Promise<string | null> {
  return ext.serviceWorker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as WithChrome;
    const key = `loopready:tab:${id}`;
    const record = (await chrome.storage.session.get(key))[key] as
      { analysis?: { title?: string } } | undefined;
    return record?.analysis?.title ?? null;
  }, tabId);
}

/** The toolbar badge the background set for a tab ("L5", "?", or "" when none). */
export async function badgeText(ext: Extension, tabId: number): Promise<string> {
  return ext.serviceWorker.evaluate((id) => {
    const { chrome } = globalThis as unknown as WithChrome;
    return chrome.action.getBadgeText({ tabId: id });
  }, tabId);
}

/** Serves a fixture for amazon.jobs, opens `url` in a new tab and waits for our content script there. */
export async function openRoutedJob(ext: Extension, fixture: string, url: string): Promise<JobTab> {
  await routeJobPage(ext.context, fixture);
  const job = await openJobPage(ext, url);
  await waitForContentScript(ext, job.tabId);
  return job;
}
