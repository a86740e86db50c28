import { browser, type Browser } from 'wxt/browser';
import type { PostingAnalysis } from '../analysis/schema';
import type { ExtractResult } from '../posting/schema';

/**
 * The posting a tab shows, read and analysed once by the background when the page arrives, kept
 * per tab in session storage (memory only, gone when the browser closes). The badge, the popup
 * and the side panel all read this one record; none of them asks the page. Zod-free and free of
 * analysis code on purpose: the popup imports it.
 */
export interface TabPosting {
  /** The record's format; a record in another format is treated as absent. */
  format: typeof tabPostingFormat;
  /** `analyserVersion` when the analysis was made. */
  analyserVersion: number;
  result: ExtractResult;
  analysis: PostingAnalysis;
}

export const tabPostingFormat = 1;
const keyPrefix = 'loopready:tab:';

export function tabPostingKey(tabId: number): string {
  return `${keyPrefix}${tabId}`;
}

/** Session storage; local storage only in a browser without it (Chrome < 102, Firefox < 115). */
function area(): Browser.storage.StorageArea {
  return browser.storage.session ?? browser.storage.local;
}

function areaName(): string {
  return browser.storage.session ? 'session' : 'local';
}

/**
 * Only the background writes these records, after validating the page's reading with zod, so a
 * reader checks the format mark and the parts it uses rather than parsing the posting again.
 */
function asTabPosting(value: unknown): TabPosting | null {
  const record = value as Partial<TabPosting> | null | undefined;
  if (record?.format !== tabPostingFormat) return null;
  if (typeof record.result?.posting !== 'object' || typeof record.analysis !== 'object')
    return null;
  return record as TabPosting;
}

/** Background: keeps a tab's posting and its analysis. */
export async function writeTabPosting(tabId: number, record: TabPosting): Promise<void> {
  await area().set({ [tabPostingKey(tabId)]: record });
}

/** Background: forgets a tab's posting (the tab closed, or it no longer shows a job). */
export async function clearTabPosting(tabId: number): Promise<void> {
  await area().remove(tabPostingKey(tabId));
}

/** The tab's posting, or null when the tab shows none (not a job page, or not read yet). */
export async function readTabPosting(tabId: number): Promise<TabPosting | null> {
  const key = tabPostingKey(tabId);
  return asTabPosting((await area().get(key))[key]);
}

/** Calls `onChange` with the tab's new record (null when cleared) each time it changes. */
export function watchTabPosting(
  tabId: number,
  onChange: (record: TabPosting | null) => void,
): () => void {
  const key = tabPostingKey(tabId);
  const listener = (changes: Record<string, Browser.storage.StorageChange>, name: string) => {
    const change = changes[key];
    if (name === areaName() && change) onChange(asTabPosting(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * Background: forgets a tab's posting when the tab closes or starts loading another document
 * (the content script of a job page reads it again and reports it). Neither event needs the
 * `tabs` permission.
 */
export function forgetLeftTabs(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    void clearTabPosting(tabId).catch(() => undefined);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void clearTabPosting(tabId).catch(() => undefined);
  });
}
