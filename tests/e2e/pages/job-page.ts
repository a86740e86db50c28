import type { Page } from '@playwright/test';
import { routeJobPage } from '../fixtures';
import type { Extension, WithChrome } from './extension-api';

export interface JobTab {
  page: Page;
  tabId: number;
}

/**
 * Opens a URL (route it first with `routeJobPage`) in a new tab and finds its tab id through the
 * service worker: the tab just opened is the active one. Needs no `tabs` permission, since
 * `tabs.query` returns ids without it.
 */
export async function openJobPage(ext: Extension, url: string): Promise<JobTab> {
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
 * Waits until the tab's content script answers `getPosting` (it starts at document_idle) and
 * returns the URL it read, so a test can check the tab id points at the page it opened.
 */
export async function waitForContentScript(ext: Extension, tabId: number): Promise<string> {
  return ext.serviceWorker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as WithChrome;
    for (let attempt = 0; attempt < 50; attempt++) {
      try {
        const reply = (await chrome.tabs.sendMessage(id, {
          loopready: 1,
          name: 'getPosting',
          payload: {},
        })) as { ok?: boolean; data?: { posting?: { url?: string } } } | undefined;
        if (reply?.ok) return reply.data?.posting?.url ?? '';
      } catch {
        // The content script is not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`The content script in tab ${id} never answered`);
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
