// User journey: paste a resume in the side panel's Resume view, see findings and the keyword
// coverage of the posting in the job tab, reload and find the resume still there.
import { expect, test } from './fixtures';
import { openRoutedJob } from './pages/job-page';
import { openSidePanel } from './pages/side-panel-page';

const job =
  'https://www.amazon.jobs/en/jobs/3000101/software-development-engineer-ii-parcel-routing';
const resume = [
  'EXPERIENCE',
  'Engineer, Northwind  Jan 2021 - Dec 2023',
  '- Responsible for migrating the routing service to Java 17',
  '- Cut p99 latency by 40% for 2M daily requests',
].join('\n');

test.afterEach(({ requests }) => {
  expect(requests, 'requests that left the machine').toEqual([]);
});

test('paste a resume, see findings and keyword coverage, reload and keep it', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const ext = { context, serviceWorker, extensionId };
  const tab = await openRoutedJob(ext, 'full-en.html', job);
  const panel = await openSidePanel(ext, 'resume', tab.tabId);
  const box = panel.getByLabel('Your resume (paste it here)');
  await box.fill(resume);

  await expect(panel.getByText('Weak opening')).toBeVisible();
  await expect(panel.getByText(/"Migrated the routing service to Java 17"/)).toBeVisible();
  await expect(panel.getByRole('textbox', { name: 'Bullet 2' })).toHaveValue(
    'Cut p99 latency by 40% for 2M daily requests',
  );
  await expect(panel.getByText(/Resume score: \d+\/100/)).toBeVisible();
  await expect(panel.getByText(/^Against/)).toContainText('basic');
  await expect(panel.locator('.keyword-coverage')).toContainText('java');

  // Inline edit re-checks the bullet.
  const first = panel.getByRole('textbox', { name: 'Bullet 1' });
  await first.fill('Migrated the routing service to Java 17 for 12 teams');
  await expect(panel.getByText('Weak opening')).toHaveCount(0);

  await panel.waitForTimeout(700); // the save is debounced
  await panel.reload();
  await expect(panel.getByLabel('Your resume (paste it here)')).toHaveValue(
    /Migrated the routing service to Java 17 for 12 teams/,
  );
  await expect(panel.getByRole('textbox', { name: 'Bullet 1' })).toBeVisible();

  await panel.getByRole('button', { name: 'Forget my resume' }).click();
  await expect(panel.getByText('Your resume was deleted from this computer.')).toBeVisible();
  await panel.reload();
  await expect(panel.getByLabel('Your resume (paste it here)')).toHaveValue('');
});
