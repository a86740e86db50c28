import { browser } from 'wxt/browser';
import type { ExtractResult } from '../posting/schema';

/**
 * The content script's side of `getPosting`. Deliberately without zod, so the content script
 * stays under its 15 kB budget: the request carries no data, the sender is checked, and the
 * receiver (popup / side panel) parses the answer with ExtractResultSchema.
 */
export function answerGetPosting(read: () => ExtractResult): () => void {
  const listener = (
    message: unknown,
    sender: { id?: string },
    sendResponse: (reply: unknown) => void,
  ) => {
    const m = message as { loopready?: unknown; name?: unknown } | null;
    if (m?.loopready !== 1 || m.name !== 'getPosting') return false;
    if (sender.id !== browser.runtime.id) {
      sendResponse({ ok: false, error: 'Refused: message not from LoopReady.' });
      return true;
    }
    sendResponse({ ok: true, data: read() });
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Tells the background that a job page was read, so it can set the badge. Never throws. */
export async function announcePosting(result: ExtractResult): Promise<void> {
  try {
    await browser.runtime.sendMessage({ loopready: 1, name: 'postingRead', payload: result });
  } catch {
    // The background may be restarting; the popup still asks the page directly.
  }
}
