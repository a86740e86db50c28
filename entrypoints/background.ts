import { backgroundHandlers } from '@/lib/messaging/background-handlers';
import { handleMessages } from '@/lib/messaging/handle';
import { backgroundProtocol } from '@/lib/messaging/protocol';
import { registerSelectionMenu } from '@/lib/messaging/selection';

export default defineBackground(() => {
  registerSelectionMenu();
  handleMessages(backgroundProtocol, backgroundHandlers);
});
