import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerGetPosting } from '@/lib/messaging/content-handle';
import { emptyPosting } from '@/lib/posting/fields';
import type { ExtractResult } from '@/lib/posting/schema';

const result: ExtractResult = {
  posting: { ...emptyPosting('', 'en'), title: 'Data Engineer', jobId: '42' },
  missing: ['locations'],
};

function ask(sender: object): Promise<unknown> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage
      .trigger({ loopready: 1, name: 'getPosting', payload: {} }, sender, resolve)
      .then((rs) => {
        if (!(rs as unknown[]).some((r) => r === true)) resolve(undefined);
      });
  });
}

describe('answerGetPosting', () => {
  it('gives the page reading to the extension', async () => {
    answerGetPosting(() => result);
    expect(await ask({ id: fakeBrowser.runtime.id })).toEqual({ ok: true, data: result });
  });

  it('refuses anyone else', async () => {
    answerGetPosting(() => result);
    expect(await ask({ id: 'other' })).toEqual({
      ok: false,
      error: expect.stringContaining('Refused'),
    });
  });
});
