import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as z from 'zod/mini';
import { sendToBackground } from '@/lib/messaging/client';

const protocol = {
  echo: { request: z.object({ text: z.string() }), response: z.object({ text: z.string() }) },
} as const;

function answerWith(reply: unknown) {
  fakeBrowser.runtime.onMessage.addListener(
    (_m: unknown, _s: unknown, sendResponse: (r: unknown) => void) => {
      sendResponse(reply);
      return true;
    },
  );
}

describe('sendToBackground', () => {
  it('returns the validated answer', async () => {
    answerWith({ ok: true, data: { text: 'hi' } });
    await expect(sendToBackground(protocol, 'echo', { text: 'hi' })).resolves.toEqual({
      text: 'hi',
    });
  });

  it('raises the error the receiver reported', async () => {
    answerWith({ ok: false, error: 'Refused: message not from LoopReady.' });
    await expect(sendToBackground(protocol, 'echo', { text: 'hi' })).rejects.toThrow('Refused');
  });

  it('rejects an answer that does not match the response schema', async () => {
    answerWith({ ok: true, data: { text: 42 } });
    await expect(sendToBackground(protocol, 'echo', { text: 'hi' })).rejects.toThrow();
  });

  it('refuses to send a request that does not match its schema', async () => {
    answerWith({ ok: true, data: { text: 'x' } });
    await expect(
      sendToBackground(protocol, 'echo', { text: 1 } as unknown as { text: string }),
    ).rejects.toThrow();
  });
});
