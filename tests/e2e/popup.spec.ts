// User journey: on an amazon.jobs job page, the popup shows what LoopReady read and inferred; elsewhere it explains itself.
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, routeJobPage, test } from './fixtures';
import type { Extension } from './pages/extension-api';
import { badgeText, openJobPage, tabPostingTitle, waitForContentScript } from './pages/job-page';
import { openPopup, PopupPage } from './pages/popup-page';

const jobs = {
  en: 'https://www.amazon.jobs/en/jobs/3000101/software-development-engineer-ii-parcel-routing',
  es: 'https://www.amazon.jobs/es/jobs/3000303/ingeniero-de-desarrollo-de-software-pagos',
  hostile: 'https://www.amazon.jobs/en/jobs/3000606/support-engineer',
  search: 'https://www.amazon.jobs/en/search?base_query=engineer',
};

/** Routes a fixture, opens it, waits for the content script, and opens the popup for that tab. */
async function popupFor(ext: Extension, fixture: string, url: string): Promise<PopupPage> {
  await routeJobPage(ext.context, fixture);
  const job = await openJobPage(ext, url);
  expect(await waitForContentScript(ext, job.tabId)).toBe(url);
  const popup = await openPopup(ext, job.tabId);
  await popup.waitForAnalysis();
  return popup;
}

test.afterEach(({ requests }) => {
  expect(requests, 'requests that left the machine').toEqual([]);
});

test('a job page: title, role, level, LPs with evidence and the process with a Bar Raiser', async ({
  context,
  serviceWorker,
  extensionId,
}, testInfo) => {
  const popup = await popupFor({ context, serviceWorker, extensionId }, 'full-en.html', jobs.en);
  await expect(popup.title).toHaveText('Software Development Engineer II, Parcel Routing');
  await expect(popup.page.getByText('3000101')).toBeVisible();
  await expect(popup.region('Role')).toContainText('Software Development Engineer');
  await expect(popup.region('Level').locator('.badge')).toHaveText('SDE II, L5');
  await expect(popup.page.getByRole('list', { name: 'Why this level' })).toContainText('3+ years');

  const lps = popup.region('Likely Leadership Principles');
  await expect(lps.getByRole('listitem').first()).toBeVisible();
  // At least one principle quotes the posting.
  await expect(lps.getByRole('list', { name: /^Evidence for / }).first()).not.toBeEmpty();
  // A whole duty is quoted as the posting wrote it: no ellipsis added after a complete line.
  await expect(lps.getByRole('list', { name: 'Evidence for Ownership' })).toHaveText(
    'Own your code from design review through on-call, and make it cheaper to run each quarter',
  );
  // At most two quotes show under a principle; none doubles an ellipsis.
  for (const list of await lps.getByRole('list', { name: /^Evidence for / }).all())
    expect(await list.getByRole('listitem').count()).toBeLessThanOrEqual(2);
  await expect(lps).not.toContainText('……');

  // The process starts collapsed, below the opener.
  await popup.openProcess();
  await expect(popup.page.getByRole('list', { name: 'Before the loop' })).toContainText(
    'Recruiter screen',
  );
  await expect(popup.loopRounds.last()).toContainText('Bar Raiser');
  // The level reads once ("SDE II, L5", then how sure), and headings stand out from body text;
  // tests/firefox checks the same heading sizes in Firefox (issue 20).
  await expect(popup.region('Level')).not.toContainText('L5 L5');
  const sizes = await popup.page.evaluate(() => ({
    body: parseFloat(getComputedStyle(document.body).fontSize),
    headings: [...document.querySelectorAll('section h2')].map((h) =>
      parseFloat(getComputedStyle(h).fontSize),
    ),
  }));
  expect(sizes.headings.length).toBeGreaterThan(0);
  for (const size of sizes.headings) expect(size).toBeGreaterThan(sizes.body + 1);

  const ms = await popup.msToAnalysisPaint();
  testInfo.annotations.push({ type: 'popup analysis painted (ms)', description: String(ms) });
  console.log(`popup analysis painted ${ms} ms after navigation start`);
  const shot = process.env.LOOPREADY_SCREENSHOT
    ? path.resolve('docs/popup.png')
    : testInfo.outputPath('popup.png');
  await popup.page.screenshot({ path: shot });
});

test('a job page in another locale (/es/) is read', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const popup = await popupFor({ context, serviceWorker, extensionId }, 'es-locale.html', jobs.es);
  await expect(popup.title).toHaveText('Ingeniero de Desarrollo de Software, Pagos');
  await expect(popup.page.getByText('3000303')).toBeVisible();
  await popup.openProcess();
  await expect(popup.loopRounds.last()).toContainText('Bar Raiser');
});

test('a page that is not a job posting: the empty state links to amazon.jobs', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const ext = { context, serviceWorker, extensionId };
  await routeJobPage(context, 'non-job.html');
  const search = await openJobPage(ext, jobs.search);
  const popup = await openPopup(ext, search.tabId);
  await expect(
    popup.page.getByRole('heading', { name: 'No job posting on this tab' }),
  ).toBeVisible();
  const link = popup.page.getByRole('link', { name: /amazon\.jobs/ });
  await expect(link).toHaveAttribute('href', 'https://www.amazon.jobs/');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(popup.page.getByRole('link', { name: /side panel/ })).toHaveAttribute(
    'href',
    '/sidepanel.html',
  );
});

test('a hostile page: its markup shows as text and runs nothing in the popup', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const popup = await popupFor(
    { context, serviceWorker, extensionId },
    'hostile.html',
    jobs.hostile,
  );
  await expect(popup.title).toHaveText('Support Engineer <img src=x onerror="window.__pwned=1">');
  await expect(popup.page.locator('main img')).toHaveCount(0);
  expect(await popup.page.evaluate(() => '__pwned' in window)).toBe(false);
  await expect(popup.page.locator('main')).not.toContainText('SCRIPT-TEXT-MUST-NOT-APPEAR');
});

test('the toolbar badge shows the level for the job tab', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const ext = { context, serviceWorker, extensionId };
  await routeJobPage(context, 'full-en.html');
  const job = await openJobPage(ext, jobs.en);
  await waitForContentScript(ext, job.tabId);
  await expect.poll(() => badgeText(ext, job.tabId)).toBe('L5');
});

test('the popup reads the posting the background analysed, sending no message to anyone', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const ext = { context, serviceWorker, extensionId };
  await routeJobPage(context, 'full-en.html');
  const job = await openJobPage(ext, jobs.en);
  await waitForContentScript(ext, job.tabId);
  await expect
    .poll(() => tabPostingTitle(ext, job.tabId))
    .toBe('Software Development Engineer II, Parcel Routing');

  const page = await context.newPage();
  // Counts every message the popup could send: to a tab's content script or to the background.
  await page.addInitScript(() => {
    const api = (globalThis as unknown as { chrome: Record<string, Record<string, unknown>> })
      .chrome;
    const sent: string[] = [];
    (globalThis as unknown as { loopreadySent: string[] }).loopreadySent = sent;
    for (const [area, name] of [
      ['tabs', 'sendMessage'],
      ['tabs', 'connect'],
      ['runtime', 'sendMessage'],
      ['runtime', 'connect'],
    ] as const) {
      const original = api[area]![name] as (...args: unknown[]) => unknown;
      api[area]![name] = (...args: unknown[]) => {
        sent.push(`${area}.${name}`);
        return original.apply(api[area], args);
      };
    }
  });
  await page.goto(`chrome-extension://${extensionId}/popup.html?tabId=${job.tabId}`);
  const popup = new PopupPage(page);
  await popup.waitForAnalysis();
  await expect(popup.title).toHaveText('Software Development Engineer II, Parcel Routing');
  expect(
    await page.evaluate(() => (globalThis as unknown as { loopreadySent: string[] }).loopreadySent),
  ).toEqual([]);

  // Closing the tab forgets its posting.
  await job.page.close();
  await expect.poll(() => tabPostingTitle(ext, job.tabId)).toBeNull();
});

test('nothing leaves the machine while the popup reads a job page', async ({
  context,
  serviceWorker,
  extensionId,
  requests,
}) => {
  const popup = await popupFor({ context, serviceWorker, extensionId }, 'full-en.html', jobs.en);
  await popup.page.reload();
  await popup.waitForAnalysis();
  expect(requests).toEqual([]);
});

test('the popup has no WCAG A/AA violations, ready or empty, light or dark', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const ext = { context, serviceWorker, extensionId };
  const ready = await popupFor(ext, 'full-en.html', jobs.en);
  const empty = await openPopup(ext);
  await expect(
    empty.page.getByRole('heading', { name: 'No job posting on this tab' }),
  ).toBeVisible();
  for (const { page } of [ready, empty]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(violations.map((v) => `${colorScheme}: ${v.id}`)).toEqual([]);
    }
  }
});
