import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { sendToTab } from '@/lib/messaging/client';
import { contentProtocol } from '@/lib/messaging/protocol';
import { analyzePosting } from '@/lib/posting/analyze';
import type { ExtractResult, PostingAnalysis } from '@/lib/posting/schema';

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
 * Asks the amazon.jobs content script in the target tab for its posting and analyses it here.
 * `none` means the tab is not a job page (or the page could not be read at all).
 */
export function useCurrentPosting(): CurrentPosting {
  const [result, setResult] = useState<ExtractResult | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    targetTabId()
      .then((tabId) =>
        tabId === undefined ? null : sendToTab(contentProtocol, tabId, 'getPosting', {}),
      )
      .catch(() => null)
      .then(
        (r) => {
          if (live) setResult(r);
        },
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, []);
  const analysis = useMemo(() => (result ? analyzePosting(result) : null), [result]);
  if (result === undefined) return { status: 'loading', result: null, analysis: null };
  if (result === null || analysis === null) return { status: 'none', result: null, analysis: null };
  return { status: 'ready', result, analysis };
}
