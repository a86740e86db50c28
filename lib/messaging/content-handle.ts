import { browser } from 'wxt/browser';
import type { ExtractResult } from '../posting/schema';
import { envelope } from './envelope';

/**
 * Content script -> background: what the page holds, each time it is read. The background
 * validates and analyses it and keeps it for the tab; nothing ever asks the page. Deliberately
 * without zod, so the content script stays within its budget. Never throws.
 */
export async function announcePosting(result: ExtractResult): Promise<void> {
  try {
    await browser.runtime.sendMessage(envelope('postingRead', result));
  } catch {
    // The background may be restarting; the page is read and sent again on its next navigation.
  }
}
