import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeAnalysis } from '../loop/make-analysis';
import {
  clearTabPosting,
  forgetLeftTabs,
  readTabPosting,
  tabPostingFormat,
  tabPostingKey,
  watchTabPosting,
  writeTabPosting,
  type TabPosting,
} from '@/lib/messaging/tab-posting';
import { emptyPosting } from '@/lib/posting/fields';

function record(title: string): TabPosting {
  return {
    format: tabPostingFormat,
    analyserVersion: 1,
    result: { posting: { ...emptyPosting('', 'en'), title, jobId: '9' }, missing: [] },
    analysis: { ...makeAnalysis(['ownership']), title },
  };
}

describe('tab postings in session storage', () => {
  it('keeps one record per tab, in session storage', async () => {
    await writeTabPosting(4, record('Data Engineer'));
    expect((await readTabPosting(4))?.analysis.title).toBe('Data Engineer');
    expect(await readTabPosting(5)).toBeNull();
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual([tabPostingKey(4)]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('treats a record in another format as absent', async () => {
    await fakeBrowser.storage.session.set({ [tabPostingKey(4)]: { format: 0, result: {} } });
    expect(await readTabPosting(4)).toBeNull();
  });

  it("tells a watcher each change of its own tab's record, and nothing about other tabs", async () => {
    const seen = vi.fn();
    const stop = watchTabPosting(4, seen);
    await writeTabPosting(4, record('SDE II'));
    await writeTabPosting(5, record('Other tab'));
    await clearTabPosting(4);
    expect(seen.mock.calls.map(([r]) => (r as TabPosting | null)?.analysis.title ?? null)).toEqual([
      'SDE II',
      null,
    ]);
    stop();
    await writeTabPosting(4, record('After stop'));
    expect(seen).toHaveBeenCalledTimes(2);
  });

  it('forgets a tab that closes or starts loading another page', async () => {
    forgetLeftTabs();
    await writeTabPosting(1, record('Closed'));
    await writeTabPosting(2, record('Navigated'));
    await writeTabPosting(3, record('Still open'));
    await fakeBrowser.tabs.onRemoved.trigger(1, { windowId: 1, isWindowClosing: false });
    await fakeBrowser.tabs.onUpdated.trigger(2, { status: 'loading' }, { id: 2 } as never);
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'complete' }, { id: 3 } as never);
    await vi.waitFor(async () => expect(await readTabPosting(2)).toBeNull());
    expect(await readTabPosting(1)).toBeNull();
    expect((await readTabPosting(3))?.analysis.title).toBe('Still open');
  });
});
