/**
 * The shape of every LoopReady message and reply, built in one place. Zod-free on purpose: the
 * content script imports it to send its readings and must stay within its 15 kB budget; the
 * background parses with `EnvelopeSchema` / `ReplySchema` (protocol.ts), derived from this mark.
 */

/** Marks our own messages among everything else runtime messaging carries. */
export const envelopeMark = 1;

/** A request on the wire. */
export function envelope<N extends string, P>(name: N, payload: P) {
  return { loopready: envelopeMark, name, payload } as const;
}

/** A successful reply. */
export function replyData(data: unknown) {
  return { ok: true, data } as const;
}

/** A refused or failed request, with the reason the sender sees. */
export function replyError(error: string) {
  return { ok: false, error } as const;
}

/** Said to any sender that is not one of our own pages. */
export const refusedSender = 'Refused: message not from LoopReady.';
