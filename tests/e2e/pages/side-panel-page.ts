import type { Page } from '@playwright/test';
import type { Extension } from './extension-api';

/** The side panel page opened as a tab (`sidePanel.open()` needs a user gesture), on a view if given. */
export async function openSidePanel(ext: Extension, view?: string): Promise<Page> {
  const page = await ext.context.newPage();
  const query = view === undefined ? '' : `?view=${encodeURIComponent(view)}`;
  await page.goto(`chrome-extension://${ext.extensionId}/sidepanel.html${query}`);
  return page;
}
