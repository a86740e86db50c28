// User journey on the 2026 amazon.jobs page: the popup shows the full title, no notice about
// fields the page no longer has, the top LPs and the opener within one screen; and moving from
// search results to a job without a reload updates the badge and the popup already open.
import fs from 'node:fs';
import path from 'node:path';
import { expect, routeJobPage, test } from './fixtures';
import { badgeText, openJobPage, tabPostingTitle, waitForContentScript } from './pages/job-page';
import { openPopup } from './pages/popup-page';

const jobUrl =
  'https://www.amazon.jobs/en/jobs/3000701/software-development-engineer-ii-fulfilment-network-simulation';
const searchUrl = 'https://www.amazon.jobs/en/search?base_query=simulation';
const fullTitle =
  'Software Development Engineer II, Fulfilment Network Simulation and Capacity Planning';
const screenHeight = 600;

test.afterEach(({ requests }) => {
  expect(requests, 'requests that left the machine').toEqual([]);
});

test('the 2026 page: full title, no category or team notice, five LPs, the opener within one screen', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const ext = { context, serviceWorker, extensionId };
  await routeJobPage(context, 'layout-2026-en.html');
  const job = await openJobPage(ext, jobUrl);
  await waitForContentScript(ext, job.tabId);
  const popup = await openPopup(ext, job.tabId);
  await popup.page.setViewportSize({ width: 420, height: screenHeight });
  await popup.waitForAnalysis();

  await expect(popup.title).toHaveText(fullTitle);
  await expect(popup.page.getByText(/Couldn’t read/)).toHaveCount(0);
  await expect(popup.page.getByText('Bengaluru, KA, India')).toBeVisible();
  await expect(popup.page.locator('main')).not.toContainText('SIDEBAR-TEXT');

  const lps = popup.region('Likely Leadership Principles');
  const shown = lps.locator('ol.lp-list').first().locator(':scope > li');
  expect(await shown.count()).toBeGreaterThan(0);
  expect(await shown.count()).toBeLessThanOrEqual(5);
  const more = lps.locator('details.lp-more');
  if ((await more.count()) > 0) {
    await expect(more.locator('summary')).toHaveText(/^More \(\d+\)$/);
    expect(await more.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
  }

  // Reachable within one screen of scrolling: its heading starts above the second screen's end.
  const opener = popup.region('Recruiter-screen opener');
  const top = await opener.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  expect(top).toBeLessThan(2 * screenHeight - 40);
  const process = popup.region('Interview process');
  expect(await process.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(
    false,
  );
});

test('moving from search results to a job without a reload updates the badge and the open popup', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const ext = { context, serviceWorker, extensionId };
  await routeJobPage(context, 'non-job.html');
  const tab = await openJobPage(ext, searchUrl);
  await waitForContentScript(ext, tab.tabId);
  await expect.poll(() => badgeText(ext, tab.tabId)).toBe('');
  // The popup is open on the search results before the user clicks a job.
  const popup = await openPopup(ext, tab.tabId);
  await expect(
    popup.page.getByRole('heading', { name: 'No job posting on this tab' }),
  ).toBeVisible();

  // What the site's own script does on a click in the results: swap the page, push the address.
  const read = (name: string) =>
    fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/amazon-jobs', name), 'utf8');
  const swapTo = (html: string, url: string) =>
    tab.page.evaluate(
      ({ html, url }) => {
        const next = new DOMParser().parseFromString(html, 'text/html');
        document.head.replaceChildren(
          ...[...next.head.childNodes].map((n) => document.importNode(n, true)),
        );
        document.body.replaceChildren(
          ...[...next.body.childNodes].map((n) => document.importNode(n, true)),
        );
        history.pushState({}, '', url);
      },
      { html, url },
    );
  await swapTo(read('layout-2026-en.html'), jobUrl);

  await expect.poll(() => badgeText(ext, tab.tabId), { timeout: 10_000 }).toBe('L5');
  // The popup that was already open follows the tab, without being opened again.
  await expect(popup.title).toHaveText(fullTitle, { timeout: 10_000 });
  await popup.waitForAnalysis();
  const fresh = await openPopup(ext, tab.tabId);
  await fresh.waitForAnalysis();
  await expect(fresh.title).toHaveText(fullTitle);

  // Back to the results: the tab's posting is forgotten and the popup says so.
  await swapTo(read('non-job.html'), searchUrl);
  await expect(popup.page.getByRole('heading', { name: 'No job posting on this tab' })).toBeVisible(
    { timeout: 10_000 },
  );
  expect(await tabPostingTitle(ext, tab.tabId)).toBeNull();
  await expect.poll(() => badgeText(ext, tab.tabId)).toBe('');
});
