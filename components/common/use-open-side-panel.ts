import { useCallback, useEffect, useState, type MouseEvent } from 'react';
import { browser } from 'wxt/browser';

type PanelApis = {
  sidePanel?: { open: (options: { windowId: number }) => Promise<void> };
  sidebarAction?: { open: () => Promise<void> };
};

/**
 * A click handler for "Open the side panel" links: opens Chrome's side panel or Firefox's sidebar
 * and closes the popup. Both APIs need the click's user gesture, so the window id is read ahead
 * and `open` is called synchronously; where neither API exists (or it fails) the link opens the
 * page in a tab as its href says.
 */
export function useOpenSidePanel(): (event: MouseEvent<HTMLAnchorElement>) => void {
  const [windowId, setWindowId] = useState<number>();
  useEffect(() => {
    browser.windows.getCurrent().then(
      (w: { id?: number } | undefined) => setWindowId(w?.id),
      () => undefined,
    );
  }, []);
  return useCallback(
    (event: MouseEvent<HTMLAnchorElement>) => {
      const api = browser as unknown as PanelApis;
      const href = event.currentTarget.href;
      let opening: Promise<void> | undefined;
      try {
        if (api.sidePanel && windowId !== undefined) opening = api.sidePanel.open({ windowId });
        else if (api.sidebarAction) opening = api.sidebarAction.open();
      } catch {
        opening = undefined;
      }
      if (!opening) return;
      event.preventDefault();
      opening.then(
        () => window.close(),
        () => window.open(href, '_blank'),
      );
    },
    [windowId],
  );
}
