import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { readTabPosting, watchTabPosting, type TabPosting } from '@/lib/messaging/tab-posting';
import type { ExtractResult } from '@/lib/posting/schema';
import type { PostingAnalysis } from '@/lib/analysis/schema';

export type CurrentPosting =
  | { status: 'loading'; result: null; analysis: null }
  | { status: 'none'; result: null; analysis: null }
  | { status: 'ready'; result: ExtractResult; analysis: PostingAnalysis };

/** The tab to read: `?tabId=` when the page was opened for a given tab (tests, side panel), else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(window.location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * The posting in the target tab and its analysis, as the background analysed it when the page
 * arrived (lib/messaging/tab-posting.ts): one read of session storage, no message to the page
 * and no analysis code here. It follows the tab: an in-page navigation to another job, or away
 * from one, updates it. `none` means the tab shows no job posting (or has not been read yet).
 */
export function useCurrentPosting(): CurrentPosting {
  const [record, setRecord] = useState<TabPosting | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    let stop = () => undefined as void;
    const show = (next: TabPosting | null) => {
      if (live) setRecord(next);
    };
    targetTabId()
      .then(async (tabId) => {
        if (!live) return;
        if (tabId === undefined) return show(null);
        // Watch first, so a change between the read and the subscription is not missed.
        stop = watchTabPosting(tabId, show);
        const first = await readTabPosting(tabId);
        if (live) setRecord((seen) => (seen === undefined ? first : seen));
      })
      .catch(() => show(null));
    return () => {
      live = false;
      stop();
    };
  }, []);
  if (record === undefined) return { status: 'loading', result: null, analysis: null };
  if (record === null) return { status: 'none', result: null, analysis: null };
  return { status: 'ready', result: record.result, analysis: record.analysis };
}
