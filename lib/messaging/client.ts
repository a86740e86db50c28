import type * as z from 'zod/mini';
import { browser } from 'wxt/browser';
import { ReplySchema, type Protocol } from './protocol';
import { envelope } from './envelope';

type Req<P extends Protocol, N extends keyof P> = z.input<P[N]['request']>;
type Res<P extends Protocol, N extends keyof P> = z.output<P[N]['response']>;

function unwrap<P extends Protocol, N extends keyof P & string>(
  protocol: P,
  name: N,
  raw: unknown,
): Res<P, N> {
  const reply = ReplySchema.parse(raw);
  if (!reply.ok) throw new Error(reply.error);
  return protocol[name]!.response.parse(reply.data) as Res<P, N>;
}

/** Sends a validated request to the background and validates its answer. */
export async function sendToBackground<P extends Protocol, N extends keyof P & string>(
  protocol: P,
  name: N,
  payload: Req<P, N>,
): Promise<Res<P, N>> {
  const request = protocol[name]!.request.parse(payload);
  const raw: unknown = await browser.runtime.sendMessage(envelope(name, request));
  return unwrap(protocol, name, raw);
}
