/**
 * The shape of every LoopReady message and reply, built in one place. Zod-free on purpose: the
 * content script imports it and must stay within its 15 kB budget; receivers that can afford zod
 * parse with `EnvelopeSchema` / `ReplySchema` (protocol.ts), which are derived from this mark.
 */

/** Marks our own messages among everything else runtime messaging carries. */
export const envelopeMark = 1;

/** A request on the wire. */
export function envelope<N extends string, P>(name: N, payload: P) {
  return { loopready: envelopeMark, name, payload } as const;
}

/** Whether `message` is our envelope for `name` (a cheap check for receivers without zod). */
export function isEnvelopeFor(message: unknown, name: string): boolean {
  const m = message as { loopready?: unknown; name?: unknown } | null;
  return m?.loopready === envelopeMark && m.name === name;
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
