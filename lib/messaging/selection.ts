// zod/mini keeps the background bundle small (as lib/messaging/protocol.ts does).
import * as z from 'zod/mini';
import { browser, type Browser } from 'wxt/browser';

/**
 * "Check with LoopReady" on selected text: a context-menu item that stores the selection in
 * session storage and opens the side panel (Chrome) or sidebar (Firefox), whose Resume view
 * checks it. Both open calls need the click's user gesture, so they run before any await.
 */

export const selectionMenuId = 'loopready-check-selection';
const storageKey = 'loopready:selection';
export const PendingSelectionSchema = z.object({
  text: z.string().check(z.minLength(1), z.maxLength(100_000)),
  at: z.number(),
});
export type PendingSelection = z.infer<typeof PendingSelectionSchema>;

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
  const parsed = PendingSelectionSchema.safeParse({
    text: info.selectionText?.trim() ?? '',
    at: Date.now(),
  });
  if (parsed.success) await sessionArea().set({ [storageKey]: parsed.data });
}

/** Background: adds the menu item on install and handles its clicks. */
export function registerSelectionMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: selectionMenuId,
      title: 'Check with LoopReady',
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
