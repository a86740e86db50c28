import { browser } from 'wxt/browser';
import type { ExtractResult } from '../posting/schema';
import { envelope, isEnvelopeFor, refusedSender, replyData, replyError } from './envelope';

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
    if (!isEnvelopeFor(message, 'getPosting')) return false;
    if (sender.id !== browser.runtime.id) {
      sendResponse(replyError(refusedSender));
      return true;
    }
    sendResponse(replyData(read()));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Tells the background that a job page was read, so it can set the badge. Never throws. */
export async function announcePosting(result: ExtractResult): Promise<void> {
  try {
    await browser.runtime.sendMessage(envelope('postingRead', result));
  } catch {
    // The background may be restarting; the popup still asks the page directly.
  }
}
