import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useOpenSidePanel } from '@/components/common/use-open-side-panel';

function Link() {
  const open = useOpenSidePanel();
  return (
    <a href="/sidepanel.html" onClick={open}>
      Open the side panel
    </a>
  );
}

describe('useOpenSidePanel', () => {
  it("opens Chrome's side panel for this window and closes the popup", async () => {
    const open = vi.fn(async () => undefined);
    (fakeBrowser as unknown as { sidePanel: unknown }).sidePanel = { open };
    fakeBrowser.windows.getCurrent = vi.fn(async () => ({ id: 7 })) as never;
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    render(<Link />);
    await waitFor(() => expect(fakeBrowser.windows.getCurrent).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 0));
    await userEvent.click(screen.getByRole('link'));
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
    await waitFor(() => expect(close).toHaveBeenCalled());
    delete (fakeBrowser as unknown as { sidePanel?: unknown }).sidePanel;
  });
});
