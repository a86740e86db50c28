import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type * as Hook from '@/components/common/use-current-posting';
import {
  clearTabPosting,
  tabPostingFormat,
  writeTabPosting,
  type TabPosting,
} from '@/lib/messaging/tab-posting';
import { emptyPosting } from '@/lib/posting/fields';
import { makeAnalysis } from '../../lib/loop/make-analysis';

// Other files of this worker mock the hook (vi.mock); this one tests the real thing.
const { useCurrentPosting } = await vi.importActual<typeof Hook>(
  '@/components/common/use-current-posting',
);

function record(title: string): TabPosting {
  return {
    format: tabPostingFormat,
    analyserVersion: 1,
    result: { posting: { ...emptyPosting('', 'en'), title, jobId: '9' }, missing: [] },
    analysis: { ...makeAnalysis(['ownership']), title },
  };
}

function Probe() {
  const current = useCurrentPosting();
  return <p>{current.status === 'ready' ? current.analysis.title : current.status}</p>;
}

describe('useCurrentPosting', () => {
  let tabsSend: ReturnType<typeof vi.fn>;
  let runtimeSend: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    // The toolbar popup reads the active tab.
    window.history.replaceState(null, '', '/popup.html');
    fakeBrowser.tabs.query = vi.fn(async () => [{ id: 7 }]) as never;
    tabsSend = vi.fn();
    runtimeSend = vi.fn();
    fakeBrowser.tabs.sendMessage = tabsSend as never;
    fakeBrowser.runtime.sendMessage = runtimeSend as never;
  });

  it("shows the tab's analysed posting without sending any message", async () => {
    await writeTabPosting(7, record('Data Engineer II'));
    render(<Probe />);
    expect(await screen.findByText('Data Engineer II')).toBeTruthy();
    expect(tabsSend).not.toHaveBeenCalled();
    expect(runtimeSend).not.toHaveBeenCalled();
  });

  it('says none for a tab without a posting, then follows it to a job and away again', async () => {
    render(<Probe />);
    expect(await screen.findByText('none')).toBeTruthy();
    await act(() => writeTabPosting(7, record('SDE II, Payments')));
    expect(await screen.findByText('SDE II, Payments')).toBeTruthy();
    await act(() => writeTabPosting(7, record('SDE III, Payments')));
    expect(await screen.findByText('SDE III, Payments')).toBeTruthy();
    await act(() => clearTabPosting(7));
    expect(await screen.findByText('none')).toBeTruthy();
  });

  it('ignores the records of other tabs', async () => {
    render(<Probe />);
    expect(await screen.findByText('none')).toBeTruthy();
    await act(() => writeTabPosting(8, record('Another tab')));
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.getByText('none')).toBeTruthy();
  });
});
