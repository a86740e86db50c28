import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { sendToBackground } from '@/lib/messaging/client';
import { backgroundProtocol } from '@/lib/messaging/protocol';
import type { ExtractResult } from '@/lib/posting/schema';
import type { PostingAnalysis } from '@/lib/analysis/schema';

export type CurrentPosting =
  | { status: 'loading'; result: null; analysis: null }
  | { status: 'none'; result: null; analysis: null }
  | { status: 'ready'; result: ExtractResult; analysis: PostingAnalysis };

/** How long to wait for a tab's content script before saying there is no posting. */
const answerTimeoutMs = 1_500;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The tab to read: `?tabId=` when the page was opened for a given tab (tests, side panel), else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(window.location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

type Reading = { result: ExtractResult; analysis: PostingAnalysis } | null;

/**
 * Asks the background to read the target tab's posting (through its content script) and analyse
 * it; the analysis code stays out of the popup's bundle. `none` means the tab is not a job page, the page could not be read at all, or it did not
 * answer within 1.5 s (a frozen or still-loading tab must not leave the popup spinning).
 */
export function useCurrentPosting(): CurrentPosting {
  const [reading, setReading] = useState<Reading | undefined>(undefined);
  useEffect(() => {
    let live = true;
    targetTabId()
      .then((tabId) =>
        tabId === undefined
          ? null
          : withTimeout(
              sendToBackground(backgroundProtocol, 'analyzeTab', { tabId }),
              answerTimeoutMs,
            ),
      )
      .catch(() => null)
      .then(
        (r) => {
          if (live) setReading(r);
        },
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, []);
  if (reading === undefined) return { status: 'loading', result: null, analysis: null };
  if (reading === null) return { status: 'none', result: null, analysis: null };
  return { status: 'ready', ...reading };
}
