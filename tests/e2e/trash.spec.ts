// User journey: a deleted story outlives the panel (Recently deleted, Restore), and two panels editing
// one story never overwrite each other without asking.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openSidePanel } from './pages/side-panel-page';

async function addStory(page: Page, title: string) {
  await page.getByRole('button', { name: 'Add a story' }).click();
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Situation', { exact: true }).fill('The nightly job failed every Monday.');
  await page.getByLabel('Task', { exact: true }).fill('I had to make it reliable.');
  await page.getByLabel('Action', { exact: true }).fill('I traced it to a timezone bug.');
  await page.getByLabel('Result', { exact: true }).fill('No failures in 40 weeks.');
  await page.getByRole('checkbox', { name: 'Ownership', exact: true }).check();
  await page.getByRole('button', { name: 'Save story' }).click();
  await expect(page.getByRole('heading', { name: title, exact: true })).toBeVisible();
}

test.afterEach(({ requests }) => {
  expect(requests, 'requests that left the machine').toEqual([]);
});

test('a deleted story comes back from Recently deleted after a reload', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const panel = await openSidePanel({ context, serviceWorker, extensionId }, 'stories');
  await addStory(panel, 'Nightly job');
  await panel.getByRole('button', { name: 'Delete Nightly job' }).click();
  await expect(panel.getByText('Deleted “Nightly job”.')).toBeVisible();
  await panel.reload();
  await expect(panel.getByRole('heading', { name: 'No stories yet' })).toBeVisible();
  await panel.getByText('Recently deleted (1)').click();
  await panel.getByRole('button', { name: 'Restore Nightly job' }).click();
  await expect(panel.getByRole('heading', { name: 'Nightly job', exact: true })).toBeVisible();
});

test("two panels edit one story: B's stale save asks instead of overwriting A's", async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const ext = { context, serviceWorker, extensionId };
  const a = await openSidePanel(ext, 'stories');
  await addStory(a, 'Nightly job');
  const b = await openSidePanel(ext, 'stories');
  await b.getByRole('button', { name: 'Edit Nightly job' }).click();
  await a.getByRole('button', { name: 'Edit Nightly job' }).click();
  await a.getByLabel('Action', { exact: true }).fill('I moved the job to UTC.');
  await a.getByRole('button', { name: 'Save story' }).click();
  await expect(b.getByText(/changed in another window since you opened it/)).toBeVisible();
  await b.getByLabel('Result', { exact: true }).fill('Zero failures in a year.');
  await b.getByRole('button', { name: 'Save story' }).click();
  await expect(b.getByRole('alert')).toContainText('Not saved: this story changed');
  await b.getByRole('button', { name: 'Keep both (mine as a copy)' }).click();
  await expect(b.getByRole('heading', { name: 'Nightly job (copy)', exact: true })).toBeVisible();
  await expect(b.getByRole('heading', { name: 'Nightly job', exact: true })).toBeVisible();
});
