// User journey: in the side panel's Practice view, run a behavioural marathon to the end without telling a story twice.
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
