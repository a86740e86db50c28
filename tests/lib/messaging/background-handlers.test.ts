import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backgroundHandlers } from '@/lib/messaging/background-handlers';
import { emptyPosting } from '@/lib/posting/fields';
import type { ExtractResult } from '@/lib/posting/schema';

const page: ExtractResult = {
  posting: {
    ...emptyPosting('https://www.amazon.jobs/en/jobs/3000777/x', 'en'),
    title: 'Technical Program Manager III, Fulfillment',
    jobId: '3000777',
    description: 'Drive programs across multiple teams and dive deep into metrics.',
  },
  missing: ['locations', 'category', 'team'],
};

describe('backgroundHandlers.analyzeTab', () => {
  it("reads the tab's posting through its content script and analyses it", async () => {
    const sendMessage = vi.fn(async () => ({ ok: true, data: page }));
    fakeBrowser.tabs.sendMessage = sendMessage;
    const reply = await backgroundHandlers.analyzeTab(
      { tabId: 12 },
      { id: fakeBrowser.runtime.id },
    );
    expect(sendMessage).toHaveBeenCalledWith(12, { loopready: 1, name: 'getPosting', payload: {} });
    expect(reply?.result.posting.jobId).toBe('3000777');
    expect(reply?.analysis).toMatchObject({
      role: { family: 'technical-program-manager' },
      level: { band: 'L6' },
      missing: ['locations', 'category', 'team'],
    });
  });

  it('answers null for a tab without our content script (not a job page)', async () => {
    fakeBrowser.tabs.sendMessage = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(
      await backgroundHandlers.analyzeTab({ tabId: 3 }, { id: fakeBrowser.runtime.id }),
    ).toBeNull();
  });

  it('answers null when the page sent something that is not a posting', async () => {
    fakeBrowser.tabs.sendMessage = vi.fn(async () => ({
      ok: true,
      data: { posting: 'nope' },
    }));
    expect(
      await backgroundHandlers.analyzeTab({ tabId: 3 }, { id: fakeBrowser.runtime.id }),
    ).toBeNull();
  });
});
