import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { readTabPosting } from '@/lib/messaging/tab-posting';
import { emptyPosting } from '@/lib/posting/fields';
import type { ExtractResult } from '@/lib/posting/schema';
import { posting as basePosting } from '../factories/posting';

function posting(title: string, basic: string[] = []): ExtractResult {
  return {
    posting: basePosting({
      url: 'https://www.amazon.jobs/en/jobs/7/x',
      title,
      jobId: '7',
      basicQualifications: basic,
    }),
    missing: [],
  };
}

function send(payload: unknown, sender: object): Promise<unknown> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(
      { loopready: 1, name: 'postingRead', payload },
      sender,
      resolve,
    );
  });
}

describe('background', () => {
  let setBadgeText: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    setBadgeText = vi.fn(async () => undefined);
    fakeBrowser.action.setBadgeText = setBadgeText as never;
    fakeBrowser.action.setBadgeBackgroundColor = vi.fn(async () => undefined);
    // fakeBrowser has no in-memory context menus; the menu itself is tested in tests/lib/messaging.
    fakeBrowser.contextMenus.onClicked.addListener = vi.fn() as never;
    background.main();
  });

  it('puts the inferred level on the job tab badge', async () => {
    const reply = await send(posting('Software Development Engineer II'), {
      id: fakeBrowser.runtime.id,
      tab: { id: 3 },
    });
    expect(reply).toEqual({ ok: true, data: { band: 'L5' } });
    expect(setBadgeText).toHaveBeenCalledWith({ tabId: 3, text: 'L5' });
  });

  it('keeps the analysed posting for the tab, where the popup reads it, until the tab closes', async () => {
    await send(posting('Software Development Engineer II'), {
      id: fakeBrowser.runtime.id,
      tab: { id: 3 },
    });
    const record = await readTabPosting(3);
    expect(record?.result.posting.title).toBe('Software Development Engineer II');
    expect(record?.analysis.level.band).toBe('L5');
    await fakeBrowser.tabs.onRemoved.trigger(3, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect(await readTabPosting(3)).toBeNull());
  });

  it('shows "?" when the posting does not tell the level', async () => {
    await send(posting('Warehouse Team Member'), { id: fakeBrowser.runtime.id, tab: { id: 4 } });
    expect(setBadgeText).toHaveBeenCalledWith({ tabId: 4, text: '?' });
  });

  it('clears the badge on a page that holds no posting (search results)', async () => {
    const search: ExtractResult = {
      posting: emptyPosting('https://www.amazon.jobs/en/search?base_query=x', 'en'),
      missing: [],
    };
    const reply = await send(search, { id: fakeBrowser.runtime.id, tab: { id: 6 } });
    expect(reply).toEqual({ ok: true, data: { band: '' } });
    expect(setBadgeText).toHaveBeenCalledWith({ tabId: 6, text: '' });
  });

  it('rejects a malformed page reading without touching the badge', async () => {
    const reply = await send(
      { posting: { title: 5 } },
      { id: fakeBrowser.runtime.id, tab: { id: 5 } },
    );
    expect(reply).toMatchObject({ ok: false });
    expect(setBadgeText).not.toHaveBeenCalled();
    expect(await readTabPosting(5)).toBeNull();
  });
});
