import type { Locator, Page } from '@playwright/test';
import type { Extension } from './extension-api';

/** The popup opened as a tab, reading the given job tab (`?tabId=`, which useCurrentPosting honours). */
export class PopupPage {
  constructor(readonly page: Page) {}

  /** The posting title (the popup's only h1). */
  get title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  region(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** Opens the interview process, which starts collapsed below the opener. */
  async openProcess(): Promise<void> {
    await this.page.getByRole('heading', { name: 'Interview process' }).click();
  }

  /** The loop's rounds; open the process first (`openProcess`), it starts collapsed. */
  get loopRounds(): Locator {
    return this.page.getByRole('list', { name: 'Loop rounds' }).getByRole('listitem');
  }

  /** Resolves once the analysis (not the loading line) is on screen. */
  async waitForAnalysis(): Promise<void> {
    await this.region('Likely Leadership Principles').waitFor();
  }

  /**
   * Milliseconds from the popup's navigation start to its last largest-contentful-paint: the
   * moment the analysis (the largest text) was painted. The loading line paints earlier and smaller.
   */
  async msToAnalysisPaint(): Promise<number> {
    return this.page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            resolve(Math.round(list.getEntries().at(-1)?.startTime ?? -1));
          }).observe({ type: 'largest-contentful-paint', buffered: true });
        }),
    );
  }
}

export async function openPopup(ext: Extension, tabId?: number): Promise<PopupPage> {
  const page = await ext.context.newPage();
  // About the real popup's size: 400px of content plus a scrollbar.
  await page.setViewportSize({ width: 420, height: 700 });
  const query = tabId === undefined ? '' : `?tabId=${tabId}`;
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html${query}`);
  return new PopupPage(page);
}
