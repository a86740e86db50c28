import { browser } from 'wxt/browser';
import { analyzePosting } from '../analysis/analyze';
import { inferBadge } from '../analysis/badge';
import { holdsPosting } from '../posting/fields';
import { sendToTab } from './client';
import type { Handlers } from './handle';
import type { backgroundProtocol } from './protocol';
import { contentProtocol } from './protocol';

/** Sets the toolbar badge of a tab (Chrome MV3 has `action`, Firefox MV2 `browserAction`). */
async function setBadge(tabId: number, text: string): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ tabId, text });
  await action.setBadgeBackgroundColor({ tabId, color: '#232f3e' });
}

/** What the background answers: the level badge for job tabs, and the analysis of a tab's posting. */
export const backgroundHandlers: Handlers<typeof backgroundProtocol> = {
  postingRead: async (result, sender) => {
    // A search page (the content script also runs there, to follow in-page navigation to a
    // job) clears the badge instead of showing "?".
    const band = holdsPosting(result.posting) ? inferBadge(result.posting) : '';
    if (sender.tab?.id !== undefined) await setBadge(sender.tab.id, band);
    return { band };
  },
  analyzeTab: async ({ tabId }) => {
    let result;
    try {
      result = await sendToTab(contentProtocol, tabId, 'getPosting', {});
    } catch {
      // No content script there: not an amazon.jobs job page (or it is still loading).
      return null;
    }
    // A search or landing page: the popup says there is no posting to read.
    if (!holdsPosting(result.posting)) return null;
    return { result, analysis: analyzePosting(result) };
  },
};
