import { expect, type Page } from '@playwright/test';
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

/** The resume text saved in the extension's IndexedDB, read from the page ('' when none is saved). */
function savedResumeText(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('loopready');
        open.onerror = () => reject(new Error('cannot open loopready'));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('resumes')) {
            db.close();
            resolve('');
            return;
          }
          const get = db.transaction('resumes').objectStore('resumes').get('current');
          get.onsuccess = () => {
            db.close();
            resolve((get.result as { text?: string } | undefined)?.text ?? '');
          };
          get.onerror = () => reject(new Error('cannot read the saved resume'));
        };
      }),
  );
}

/**
 * Waits until the debounced save has written `text` (instead of a fixed pause): returns as soon
 * as IndexedDB holds it (or text matching the pattern), and fails with what it holds after `timeout`.
 */
export async function waitForSavedResume(
  page: Page,
  text: string | RegExp,
  timeout = 5_000,
): Promise<void> {
  const saved = expect.poll(() => savedResumeText(page), { timeout });
  await (typeof text === 'string' ? saved.toBe(text) : saved.toMatch(text));
}
