import { backgroundHandlers } from '@/lib/messaging/background-handlers';
import { handleMessages } from '@/lib/messaging/handle';
import { backgroundProtocol } from '@/lib/messaging/protocol';
import { registerSelectionMenu } from '@/lib/messaging/selection';
import { forgetLeftTabs } from '@/lib/messaging/tab-posting';

export default defineBackground(() => {
  registerSelectionMenu();
  handleMessages(backgroundProtocol, backgroundHandlers);
  forgetLeftTabs();
});
