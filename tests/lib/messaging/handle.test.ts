import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as z from 'zod/mini';
import { handleMessages } from '@/lib/messaging/handle';

const protocol = {
  double: { request: z.object({ n: z.number() }), response: z.object({ twice: z.number() }) },
} as const;

const own = { id: fakeBrowser.runtime.id };

async function deliver(message: unknown, sender: object) {
  let reply: unknown;
  const answered = new Promise<void>((resolve) => {
    const results = fakeBrowser.runtime.onMessage.trigger(message, sender, (r: unknown) => {
      reply = r;
      resolve();
    });
    void results.then((rs) => {
      if (!(rs as unknown[]).some((r) => r === true)) resolve();
    });
  });
  await answered;
  return reply;
}

describe('handleMessages', () => {
  it('answers a valid request from the extension with the handler result', async () => {
    handleMessages(protocol, { double: async ({ n }) => ({ twice: n * 2 }) });
    expect(await deliver({ loopready: 1, name: 'double', payload: { n: 4 } }, own)).toEqual({
      ok: true,
      data: { twice: 8 },
    });
  });

  it('refuses a message from another extension or a web page', async () => {
    const handler = vi.fn(async () => ({ twice: 0 }));
    handleMessages(protocol, { double: handler });
    const reply = await deliver(
      { loopready: 1, name: 'double', payload: { n: 1 } },
      { id: 'someone-else' },
    );
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('not from LoopReady') });
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects a malformed payload with a message naming the request', async () => {
    handleMessages(protocol, { double: async ({ n }) => ({ twice: n * 2 }) });
    const reply = await deliver({ loopready: 1, name: 'double', payload: { n: 'four' } }, own);
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('Bad double request') });
  });

  it('ignores messages that are not ours so other listeners can answer them', async () => {
    handleMessages(protocol, { double: async ({ n }) => ({ twice: n * 2 }) });
    expect(await deliver({ name: 'double', payload: { n: 1 } }, own)).toBeUndefined();
    expect(await deliver({ loopready: 1, name: 'unknown', payload: {} }, own)).toBeUndefined();
  });

  it('sends a handler failure back to the sender instead of leaving it hanging', async () => {
    handleMessages(protocol, {
      double: async () => {
        throw new Error('database closed');
      },
    });
    expect(await deliver({ loopready: 1, name: 'double', payload: { n: 1 } }, own)).toEqual({
      ok: false,
      error: 'database closed',
    });
  });

  it('stops answering once unsubscribed', async () => {
    const stop = handleMessages(protocol, { double: async ({ n }) => ({ twice: n * 2 }) });
    stop();
    expect(await deliver({ loopready: 1, name: 'double', payload: { n: 1 } }, own)).toBeUndefined();
  });
});
