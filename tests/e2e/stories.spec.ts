// User journey: write stories in the side panel, see them survive a reload, plan the loop for a
// routed posting with no story twice, and a broken backup file that changes nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openRoutedJob } from './pages/job-page';
import { openSidePanel } from './pages/side-panel-page';

const jobUrl =
  'https://www.amazon.jobs/en/jobs/3000101/software-development-engineer-ii-parcel-routing';

const stories = [
  {
    title: 'Emulator farm',
    principle: 'Frugality',
    action: 'I rebuilt spare laptops into a test lab instead of buying devices.',
  },
  {
    title: 'Pager rotation',
    principle: 'Ownership',
    action: 'I took over the broken on-call rotation and I rewrote the runbooks.',
  },
  {
    title: 'Latency hunt',
    principle: 'Dive Deep',
    action: 'I traced slow checkouts to one query and I batched it.',
  },
];

async function addStory(page: Page, story: (typeof stories)[number]) {
  await page.getByRole('button', { name: 'Add a story' }).click();
  await page.getByLabel('Title', { exact: true }).fill(story.title);
  await page
    .getByLabel('Situation', { exact: true })
    .fill('A service other teams relied on kept failing at peak.');
  await page
    .getByLabel('Task', { exact: true })
    .fill('I was asked to make it reliable before the sale.');
  await page.getByLabel('Action', { exact: true }).fill(story.action);
  await page.getByLabel('Result', { exact: true }).fill('Failures dropped 90% in a month.');
  await page.getByRole('checkbox', { name: story.principle, exact: true }).check();
  await page.getByRole('button', { name: 'Save story' }).click();
  await expect(page.getByRole('heading', { name: story.title, exact: true })).toBeVisible();
}

const storyTitles = (page: Page) =>
  page.getByRole('list', { name: 'Stories' }).getByRole('heading');

test.afterEach(({ requests }) => {
  expect(requests, 'requests that left the machine').toEqual([]);
});

test('stories survive a reload and the plan uses each at most once', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const ext = { context, serviceWorker, extensionId };
  const panel = await openSidePanel(ext, 'stories');
  await expect(panel.getByRole('heading', { name: 'No stories yet' })).toBeVisible();
  for (const story of stories) await addStory(panel, story);
  await panel.reload();
  const axe = () =>
    new AxeBuilder({ page: panel }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  expect((await axe().analyze()).violations).toEqual([]);
  // Most recently written first.
  await expect(storyTitles(panel)).toHaveText(stories.map((s) => s.title).reverse());

  const job = await openRoutedJob(ext, 'full-en.html', jobUrl);
  const plan = await openSidePanel(ext, 'plan', job.tabId);
  await expect(plan.getByRole('heading', { name: 'Bar Raiser' })).toBeVisible();
  for (const round of ['Technical phone screen', 'Coding 1', 'Coding 2', 'System design'])
    await expect(plan.getByRole('heading', { name: round, exact: true })).toBeVisible();
  const used = await plan.locator('.slot-story').allTextContents();
  expect(used.length).toBeGreaterThan(0);
  expect(new Set(used).size).toBe(used.length);
  await expect(plan.getByText(/^No story for /).first()).toBeVisible();
  const planAxe = new AxeBuilder({ page: plan }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
  ]);
  expect((await planAxe.analyze()).violations).toEqual([]);

  // Swap on a story told in another slot asks first; nothing moves until the user says so.
  const slots = plan.locator('.slot-list > li').filter({ has: plan.locator('.slot-story') });
  const first = slots.first();
  const firstStory = await first.locator('.slot-story').textContent();
  const other = used.find((t) => t !== firstStory)!;
  await first.getByRole('combobox').selectOption({ label: other });
  const ask = plan.getByRole('group', { name: 'Confirm move' });
  await expect(ask).toContainText(`“${other}” is already your story for`);
  await ask.getByRole('button', { name: 'Keep it where it is' }).click();
  await expect(ask).toBeHidden();
  expect(await plan.locator('.slot-story').allTextContents()).toEqual(used);
  await first.getByRole('combobox').selectOption({ label: other });
  await plan
    .getByRole('group', { name: 'Confirm move' })
    .getByRole('button', { name: 'Move it here' })
    .click();
  await expect(first.locator('.slot-story')).toHaveText(other);
  await expect(plan.getByRole('button', { name: 'Unlock all (1)' })).toBeVisible();
});

test('a broken backup file shows the bad field and leaves the bank unchanged', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const panel = await openSidePanel({ context, serviceWorker, extensionId }, 'stories');
  await addStory(panel, stories[0]!);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'loopready-import-')), 'bad.json');
  fs.writeFileSync(
    file,
    JSON.stringify({
      format: 'loopready-export',
      version: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      stories: [
        {
          id: 'x',
          title: 'Good',
          situation: 'S',
          task: 'T',
          action: 'A',
          result: 'R',
          lps: ['ownership'],
        },
        {
          id: 'y',
          title: 'Bad',
          situation: 'S',
          task: 'T',
          action: 'A',
          result: 'R',
          lps: ['ownersihp'],
        },
      ],
    }),
  );
  await panel.getByRole('radio', { name: 'Replace everything' }).check();
  await panel.getByLabel('Import a backup file').setInputFiles(file);
  await expect(panel.getByRole('alert')).toHaveText(
    "Import failed, nothing was changed: stories[1].lps[0]: unknown principle 'ownersihp'",
  );
  await panel.reload();
  await expect(storyTitles(panel)).toHaveText(['Emulator farm']);
});
