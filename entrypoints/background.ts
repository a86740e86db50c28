import { handleMessages } from '@/lib/messaging/handle';
import { backgroundProtocol } from '@/lib/messaging/protocol';
import { registerSelectionMenu } from '@/lib/messaging/selection';
import { inferBadge } from '@/lib/posting/badge';

export default defineBackground(() => {
  registerSelectionMenu();
  handleMessages(backgroundProtocol, {
    postingRead: async (result, sender) => {
      const band = inferBadge(result.posting);
      const tabId = sender.tab?.id;
      // Chrome MV3 has `action`; Firefox MV2 has `browserAction`.
      const action = browser.action ?? browser.browserAction;
      if (tabId !== undefined) {
        await action.setBadgeText({ tabId, text: band });
        await action.setBadgeBackgroundColor({ tabId, color: '#232f3e' });
      }
      return { band };
    },
  });
});
