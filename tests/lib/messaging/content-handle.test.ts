import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { announcePosting } from '@/lib/messaging/content-handle';
import { emptyPosting } from '@/lib/posting/fields';
import type { ExtractResult } from '@/lib/posting/schema';

const result: ExtractResult = {
  posting: { ...emptyPosting('', 'en'), title: 'Data Engineer', jobId: '42' },
  missing: ['locations'],
};

describe('announcePosting', () => {
  it('sends the page reading to the background in our envelope', async () => {
    const sendMessage = vi.fn(async () => ({ ok: true, data: { band: 'L5' } }));
    fakeBrowser.runtime.sendMessage = sendMessage;
    await announcePosting(result);
    expect(sendMessage).toHaveBeenCalledWith({
      loopready: 1,
      name: 'postingRead',
      payload: result,
    });
  });

  it('never throws when the background is not there', async () => {
    fakeBrowser.runtime.sendMessage = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    await expect(announcePosting(result)).resolves.toBeUndefined();
  });
});
