import { browser, type Browser } from 'wxt/browser';
import {
  PendingSelectionSchema,
  pendingSelection,
  selectionMenuId,
  selectionMenuTitle,
  type PendingSelection,
} from '../resume/selection';

/**
 * "Check with LoopReady" on selected text, the browser half: the context-menu item stores the
 * selection in session storage and opens the side panel (Chrome) or sidebar (Firefox), whose
 * Resume view checks it. Both open calls need the click's user gesture, so they run before any
 * await. What is stored and when it counts lives in lib/resume/selection.ts.
 */

const storageKey = 'loopready:selection';

type OpenablePanels = {
  sidePanel?: { open: (options: { tabId: number }) => Promise<void> };
  sidebarAction?: { open: () => Promise<void> };
};

/** Opens our panel for the tab; errors (no gesture, unsupported browser) are swallowed. */
function openPanel(tabId: number | undefined): void {
  const api = browser as unknown as OpenablePanels;
  try {
    const opening =
      api.sidePanel && tabId !== undefined
        ? api.sidePanel.open({ tabId })
        : api.sidebarAction?.open();
    opening?.catch(() => undefined);
  } catch {
    // No panel API here (or no gesture): the selection is still stored for the next opening.
  }
}

function sessionArea(): Browser.storage.StorageArea {
  return browser.storage.session ?? browser.storage.local;
}

export async function handleSelectionClick(
  info: { menuItemId: string | number; selectionText?: string },
  tab?: { id?: number },
): Promise<void> {
  if (info.menuItemId !== selectionMenuId) return;
  openPanel(tab?.id);
  const pending = pendingSelection(info.selectionText, Date.now());
  if (pending) await sessionArea().set({ [storageKey]: pending });
}

/** Background: adds the menu item on install and handles its clicks. */
export function registerSelectionMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: selectionMenuId,
      title: selectionMenuTitle,
      contexts: ['selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void handleSelectionClick(info, tab);
  });
}

/** Side panel: the selection waiting to be checked (removed once read), if any. */
export async function takePendingSelection(): Promise<PendingSelection | undefined> {
  const area = sessionArea();
  const stored = (await area.get(storageKey))[storageKey];
  if (stored === undefined) return undefined;
  await area.remove(storageKey);
  const parsed = PendingSelectionSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

/** Side panel: calls `onChange` when a new selection arrives while the panel is open. */
export function watchPendingSelection(onChange: () => void): () => void {
  const listener = (changes: Record<string, Browser.storage.StorageChange>) => {
    if (changes[storageKey]?.newValue !== undefined) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
