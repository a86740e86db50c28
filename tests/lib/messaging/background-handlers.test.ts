import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyserVersion } from '@/lib/analysis/version';
import { backgroundHandlers } from '@/lib/messaging/background-handlers';
import { readTabPosting } from '@/lib/messaging/tab-posting';
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

const search: ExtractResult = {
  posting: emptyPosting('https://www.amazon.jobs/en/search?base_query=x', 'en'),
  missing: [],
};

function fromTab(id: number) {
  return { id: fakeBrowser.runtime.id, tab: { id } } as never;
}

describe('backgroundHandlers.postingRead', () => {
  it("analyses the tab's posting once and keeps it for the tab, with the badge", async () => {
    fakeBrowser.action.setBadgeText = vi.fn(async () => undefined);
    fakeBrowser.action.setBadgeBackgroundColor = vi.fn(async () => undefined);
    expect(await backgroundHandlers.postingRead(page, fromTab(12))).toEqual({ band: 'L6' });
    const record = await readTabPosting(12);
    expect(record?.result.posting.jobId).toBe('3000777');
    expect(record?.analyserVersion).toBe(analyserVersion);
    expect(record?.analysis).toMatchObject({
      role: { family: 'technical-program-manager' },
      level: { band: 'L6' },
      missing: ['locations', 'category', 'team'],
    });
    expect(fakeBrowser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 12, text: 'L6' });
  });

  it('forgets the posting when the same tab moves on to a page without one', async () => {
    await backgroundHandlers.postingRead(page, fromTab(12));
    expect(await backgroundHandlers.postingRead(search, fromTab(12))).toEqual({ band: '' });
    expect(await readTabPosting(12)).toBeNull();
  });

  it('keeps each tab to its own posting', async () => {
    await backgroundHandlers.postingRead(page, fromTab(1));
    await backgroundHandlers.postingRead(search, fromTab(2));
    expect((await readTabPosting(1))?.analysis.title).toBe(page.posting.title);
    expect(await readTabPosting(2)).toBeNull();
  });
});
