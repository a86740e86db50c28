import { browser } from 'wxt/browser';
import { analyzePosting } from '../analysis/analyze';
import { badgeForBand } from '../analysis/badge';
import { analyserVersion } from '../analysis/version';
import { holdsPosting } from '../posting/fields';
import type { Handlers } from './handle';
import type { backgroundProtocol } from './protocol';
import { clearTabPosting, tabPostingFormat, writeTabPosting } from './tab-posting';

/** Sets the toolbar badge of a tab (Chrome MV3 has `action`, Firefox MV2 `browserAction`). */
async function setBadge(tabId: number, text: string): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ tabId, text });
  await action.setBadgeBackgroundColor({ tabId, color: '#232f3e' });
}

/**
 * What the background answers. A page reading (validated by handleMessages) is analysed here,
 * once, and kept for its tab, where the badge, the popup and the side panel read it.
 */
export const backgroundHandlers: Handlers<typeof backgroundProtocol> = {
  postingRead: async (result, sender) => {
    const tabId = sender.tab?.id;
    // A search page (the content script also runs there, to follow in-page navigation to a
    // job) clears the tab's posting and its badge instead of showing "?".
    if (!holdsPosting(result.posting)) {
      if (tabId !== undefined) await Promise.all([clearTabPosting(tabId), setBadge(tabId, '')]);
      return { band: '' };
    }
    const analysis = analyzePosting(result);
    const band = badgeForBand(analysis.level.band);
    if (tabId !== undefined) {
      await Promise.all([
        writeTabPosting(tabId, { format: tabPostingFormat, analyserVersion, result, analysis }),
        setBadge(tabId, band),
      ]);
    }
    return { band };
  },
};
