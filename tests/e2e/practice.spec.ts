// User journeys: in the side panel's Practice view, run a behavioural marathon to the end without telling a story
// twice; and type an answer, get feedback, and find the attempt in Progress after a reload and a backup round trip.
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openSidePanel } from './pages/side-panel-page';

const stories = [
  [
    'p1',
    'Checkout latency',
    'I profiled the service, and we chose a batch query over Redis caching.',
  ],
  ['p2', 'Vendor migration', 'I rebuilt the importer over a weekend.'],
  ['p3', 'Saying no to a VP', 'I wrote a one-page memo with the numbers.'],
  ['p4', 'New hire ramp-up', 'I paired with her every morning.'],
  ['p5', 'Flaky test purge', 'I quarantined forty tests and fixed the worst ten.'],
] as const;

/** Writes stories straight into the extension's IndexedDB (the bank's own UI is another journey). */
async function seedStories(page: Page): Promise<void> {
  const rows = stories.map(([id, title, action]) => ({
    id,
    title,
    project: '',
    period: '',
    situation: 'Customers were waiting.',
    task: 'I owned the fix.',
    action,
    result: 'Errors fell by half.',
    lps: ['ownership'],
    tags: [],
    createdAt: 1,
    updatedAt: 1,
  }));
  await page.evaluate(
    (data) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('loopready');
        open.onerror = () => reject(new Error('cannot open loopready'));
        open.onsuccess = () => {
          const tx = open.result.transaction('stories', 'readwrite');
          data.forEach((row) => tx.objectStore('stories').put(row));
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(new Error('cannot write stories'));
        };
      }),
    rows,
  );
}

test.afterEach(({ requests }) => {
  expect(requests, 'requests that left the machine').toEqual([]);
});

test('a marathon of five questions refuses a repeated story and ends with a summary', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const page = await openSidePanel({ context, serviceWorker, extensionId }, 'practice');
  await expect(page.getByRole('link', { name: 'Add your first story' })).toBeVisible();
  await seedStories(page);
  await page.reload();

  const picker = page.getByLabel('Story for this question');
  await expect(page.getByRole('heading', { name: /^Question 1 of 5: / })).toBeVisible();
  await picker.selectOption('p1');
  await page.getByRole('button', { name: 'Done answering: show Bar Raiser pushback' }).click();
  await expect(page.getByText('Why a batch query over Redis caching?')).toBeVisible();
  await page.getByRole('button', { name: 'Next question' }).click();

  await picker.selectOption('p1');
  await expect(page.getByRole('alert')).toContainText(
    'You already told "Checkout latency" for question 1',
  );
  for (let i = 1; i < 5; i++) {
    await expect(
      page.getByRole('heading', { name: new RegExp(`^Question ${i + 1} of 5: `) }),
    ).toBeVisible();
    await picker.selectOption(stories[i]![0]);
    await page.getByRole('button', { name: i === 4 ? 'Finish marathon' : 'Next question' }).click();
  }

  await expect(page.getByRole('heading', { name: 'Marathon done' })).toBeVisible();
  await expect(page.getByText('5 different stories for 5 questions: no repeats.')).toBeVisible();
  const cells = page.getByRole('row').locator('td:nth-child(2)');
  await expect(cells).toHaveText(stories.map(([, title]) => title));
});

/** Empties the practice attempts table, as a fresh machine would have it. */
async function clearAttempts(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('loopready');
        open.onsuccess = () => {
          const tx = open.result.transaction('practiceAttempts', 'readwrite');
          tx.objectStore('practiceAttempts').clear();
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(new Error('cannot clear attempts'));
        };
      }),
  );
}

test('a typed answer gets feedback, and the attempt survives a reload and a backup round trip', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const page = await openSidePanel({ context, serviceWorker, extensionId }, 'practice');
  // The empty bank is shown once Dexie has created the database; seeding before that would
  // create an empty one under it.
  await expect(page.getByRole('link', { name: 'Add your first story' })).toBeVisible();
  await seedStories(page);
  await page.reload();
  await page.getByLabel('Story for this question').selectOption('p1');
  await page
    .getByLabel('Your answer')
    .fill(
      'Our checkout was slow. I profiled the service and I rewrote the order loader. As a result, time-outs fell by half.',
    );
  await page.getByRole('button', { name: 'Get feedback' }).click();
  const feedback = page.getByRole('region', { name: 'Answer feedback' });
  await expect(feedback).toContainText('“I” 2×, “we” 1×');
  await expect(feedback.locator('.next-steps li')).toHaveCount(3);
  await expect(page.getByText('Bar Raiser follow-up')).toBeVisible();
  const principle = (await page.getByRole('heading', { name: /^Question 1 of 5: / }).textContent())!
    .replace(/^Question 1 of 5: /, '')
    .trim();

  await page.reload();
  await page.getByRole('button', { name: 'Progress' }).click();
  const chart = page.getByRole('img', { name: new RegExp(`^${principle}: 1 attempts?;`) });
  await expect(chart).toBeVisible();
  // The chart reads without help: labelled axes and a key for each mark (issue 20).
  const item = page.locator('.progress-list > li').filter({ has: chart });
  await expect(item.locator('.axis text')).toHaveText(['100%', '0', 'oldest', 'latest']);
  await expect(item.getByText('Length, as a share of 2 minutes')).toBeVisible();
  await expect(item.getByText('“I” share of “I” and “we”')).toBeVisible();
  await expect(item.getByText('Dot: result told (filled) or not (ring)')).toBeVisible();

  const stories = await openSidePanel({ context, serviceWorker, extensionId }, 'stories');
  const download = stories.waitForEvent('download');
  await stories.getByRole('button', { name: 'Export all (JSON)' }).click();
  const file = await (await download).path();
  expect(JSON.parse(fs.readFileSync(file, 'utf8')).practiceAttempts).toHaveLength(1);

  await clearAttempts(page);
  await page.reload();
  await page.getByRole('button', { name: 'Progress' }).click();
  await expect(page.getByText(/No practice answers yet/)).toBeVisible();

  await stories.getByRole('radio', { name: 'Replace everything' }).check();
  await stories.getByLabel('Import a backup file').setInputFiles(file);
  await page.reload();
  await page.getByRole('button', { name: 'Progress' }).click();
  await expect(chart).toBeVisible();
});
