import type * as z from 'zod/mini';
import { browser, type Browser } from 'wxt/browser';
import { EnvelopeSchema, type Protocol, type Reply } from './protocol';
import { firstIssue } from '../text/zod-issue';
import { refusedSender, replyData, replyError } from './envelope';

export type Sender = Browser.runtime.MessageSender;
export type Handlers<P extends Protocol> = {
  [N in keyof P]: (
    payload: z.output<P[N]['request']>,
    sender: Sender,
  ) => Promise<z.input<P[N]['response']>>;
};

/** Whether a message comes from this extension (its pages, background or content scripts). */
export function isOwnExtension(sender: Sender): boolean {
  return sender.id === browser.runtime.id;
}

/**
 * Listens for the protocol's messages: unknown names are ignored, bad payloads and senders
 * outside the extension are rejected, handler errors go back to the sender as `{ok:false}`.
 * Returns a function that stops listening.
 */
export function handleMessages<P extends Protocol>(protocol: P, handlers: Handlers<P>): () => void {
  const listener = (message: unknown, sender: Sender, sendResponse: (reply: Reply) => void) => {
    const envelope = EnvelopeSchema.safeParse(message);
    if (!envelope.success || !Object.hasOwn(protocol, envelope.data.name)) return false;
    const name = envelope.data.name as keyof P & string;
    if (!isOwnExtension(sender)) {
      sendResponse(replyError(refusedSender));
      return true;
    }
    const request = protocol[name]!.request.safeParse(envelope.data.payload);
    if (!request.success) {
      sendResponse(replyError(`Bad ${name} request: ${firstIssue(request.error)}`));
      return true;
    }
    handlers[name](request.data as z.output<P[typeof name]['request']>, sender).then(
      (data) => sendResponse(replyData(data)),
      (error: unknown) =>
        sendResponse(replyError(error instanceof Error ? error.message : String(error))),
    );
    // Keeps the channel open for the async answer (Chrome and WXT's fakeBrowser both need `true`).
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
