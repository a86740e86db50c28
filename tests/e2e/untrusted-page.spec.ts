// The page is untrusted: it must neither learn the extension id from the content script nor
// switch it off by firing WXT's "content script started" event (after which the popup said
// "No job posting").
import { expect, routeJobPage, test } from './fixtures';
import { openJobPage, waitForContentScript } from './pages/job-page';
import { openPopup } from './pages/popup-page';

const url =
  'https://www.amazon.jobs/en/jobs/3000101/software-development-engineer-ii-parcel-routing';

test.afterEach(({ requests }) => {
  expect(requests, 'requests that left the machine').toEqual([]);
});

test('a page that fires the started event cannot switch the content script off', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  // The page's own script, from before the content script starts: every message it is posted.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seenMessages: string[] }).seenMessages = seen;
    window.addEventListener('message', (event) => seen.push(JSON.stringify(event.data)));
  });
  const ext = { context, serviceWorker, extensionId };
  await routeJobPage(context, 'full-en.html');
  const job = await openJobPage(ext, url);
  expect(await waitForContentScript(ext, job.tabId)).toBe(url);

  const seen = await job.page.evaluate(
    () => (window as unknown as { seenMessages: string[] }).seenMessages,
  );
  expect(seen.filter((m) => m.includes(extensionId))).toEqual([]);

  // What a page that knows the id (a store extension's id is public) can fire, both ways.
  await job.page.evaluate((id) => {
    const type = `${id}:amazon-jobs:wxt:content-script-started`;
    const detail = { contentScriptName: 'amazon-jobs', messageId: 'forged-by-the-page' };
    document.dispatchEvent(new CustomEvent(type, { detail }));
    window.postMessage({ type, ...detail }, '*');
  }, extensionId);
  await job.page.waitForTimeout(300);

  expect(await waitForContentScript(ext, job.tabId)).toBe(url);
  const popup = await openPopup(ext, job.tabId);
  await popup.waitForAnalysis();
  await expect(popup.title).toHaveText('Software Development Engineer II, Parcel Routing');
  await expect(popup.page.getByText('No job posting')).toHaveCount(0);
});
