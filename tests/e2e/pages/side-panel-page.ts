import type { Page } from '@playwright/test';
import type { Extension } from './extension-api';

/** The side panel page's address, on a view and reading a job tab if given. */
export function sidePanelUrl(ext: Extension, view?: string, tabId?: number): string {
  const query = new URLSearchParams();
  if (view !== undefined) query.set('view', view);
  if (tabId !== undefined) query.set('tabId', String(tabId));
  const search = query.size ? `?${query.toString()}` : '';
  return `chrome-extension://${ext.extensionId}/sidepanel.html${search}`;
}

/** The side panel page opened as a tab (`sidePanel.open()` needs a user gesture). */
export async function openSidePanel(ext: Extension, view?: string, tabId?: number): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(sidePanelUrl(ext, view, tabId));
  return page;
}
