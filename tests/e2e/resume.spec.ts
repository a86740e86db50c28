// User journey: paste a resume in the side panel's Resume view, see findings and the keyword
// coverage of the posting in the job tab, reload and find the resume still there.
import { docxBomb } from '../fixtures/docx';
import { expect, test } from './fixtures';
import { openRoutedJob } from './pages/job-page';
import { openSidePanel, waitForSavedResume } from './pages/side-panel-page';

const job =
  'https://www.amazon.jobs/en/jobs/3000101/software-development-engineer-ii-parcel-routing';
const resume = [
  'EXPERIENCE',
  'Engineer, Northwind  Jan 2021 - Dec 2023',
  '- Responsible for migrating the routing service to Java 17',
  '- Cut p99 latency by 40% for 2M daily requests',
].join('\n');

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

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
  await expect(panel.locator('.keyword-coverage')).toContainText('Java');

  // Inline edit re-checks the bullet.
  const first = panel.getByRole('textbox', { name: 'Bullet 1' });
  await first.fill('Migrated the routing service to Java 17 for 12 teams');
  await expect(panel.getByText('Weak opening')).toHaveCount(0);

  await waitForSavedResume(panel, /Migrated the routing service to Java 17 for 12 teams/);
  await panel.reload();
  await expect(panel.getByLabel('Your resume (paste it here)')).toHaveValue(
    /Migrated the routing service to Java 17 for 12 teams/,
  );
  await expect(panel.getByRole('textbox', { name: 'Bullet 1' })).toBeVisible();

  await panel.getByRole('button', { name: 'Forget my resume' }).click();
  await expect(panel.getByRole('group', { name: 'Forget your resume?' })).toContainText(
    'This deletes the resume saved on this computer',
  );
  await panel.getByRole('button', { name: 'Delete my resume' }).click();
  await expect(panel.getByText(/^Your resume was deleted from this computer\./)).toBeVisible();
  await panel.reload();
  await expect(panel.getByLabel('Your resume (paste it here)')).toHaveValue('');
});

test('a .docx bomb is refused, the panel stays responsive, the saved resume is kept', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const ext = { context, serviceWorker, extensionId };
  const panel = await openSidePanel(ext, 'resume');
  const box = panel.getByLabel('Your resume (paste it here)');
  await box.fill(resume);
  await waitForSavedResume(panel, resume);
  const fileInput = panel.getByLabel('Import PDF, .docx or .txt');

  // 100 MB of Word XML in well under 1 MB: the zip directory says so, and it is refused unread.
  const bomb = Buffer.from(docxBomb(100));
  expect(bomb.byteLength).toBeLessThan(1_000_000);
  await fileInput.setInputFiles({ name: 'bomb.docx', mimeType: docxType, buffer: bomb });
  await expect(panel.getByRole('alert')).toHaveText(
    'Can\'t read "bomb.docx": it unpacks to 100 MB, over the 20 MB LoopReady reads from a .docx.',
    { timeout: 2_000 },
  );
  await expect(box).toHaveValue(resume);

  // The same XML behind a directory that claims 2 kB: caught while unpacking, off the main thread.
  const liar = Buffer.from(docxBomb(100, 2_000));
  await fileInput.setInputFiles({ name: 'liar.docx', mimeType: docxType, buffer: liar });
  await box.press('End');
  await box.pressSequentially(' ok', { delay: 10 });
  await expect(box).toHaveValue(`${resume} ok`);
  await expect(panel.getByRole('alert')).toHaveText(
    'Can\'t read "liar.docx": its part "word/document.xml" unpacks to more than the file declares (a damaged or hostile file).',
    { timeout: 2_000 },
  );

  await waitForSavedResume(panel, `${resume} ok`);
  await panel.reload();
  await expect(panel.getByLabel('Your resume (paste it here)')).toHaveValue(`${resume} ok`);
});

test('forgetting text too long to save keeps the older saved copy unless asked, and Undo restores both', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  test.slow(); // two megabytes typed into the box, twice
  const ext = { context, serviceWorker, extensionId };
  const panel = await openSidePanel(ext, 'resume');
  const box = panel.getByLabel('Your resume (paste it here)');
  await box.fill(resume);
  await waitForSavedResume(panel, resume);
  await panel.reload();
  await expect(box).toHaveValue(resume);

  // Over the 2,000,000 characters LoopReady keeps: shown, not saved.
  const huge = `EXPERIENCE\n- ${'Shipped v2. '.repeat(170_000)}`;
  await box.fill(huge);
  await expect(panel.getByRole('alert')).toContainText(
    'Not saved: your resume is 2,040,013 characters',
  );

  // The question names both copies; going back to the saved copy deletes nothing.
  await panel.getByRole('button', { name: 'Forget my resume' }).click();
  await expect(panel.getByRole('group', { name: 'Forget your resume?' })).toContainText(
    'An earlier resume is saved on this computer',
  );
  await panel.getByRole('button', { name: 'Go back to the saved copy' }).click();
  await expect(box).toHaveValue(resume);
  await panel.reload();
  await expect(box).toHaveValue(resume);

  // Deleting both, then Undo: the saved copy is back on disk and the long text in the box.
  await box.fill(huge);
  await panel.getByRole('button', { name: 'Forget my resume' }).click();
  await panel.getByRole('button', { name: 'Delete both' }).click();
  await expect(box).toHaveValue('');
  await panel.getByRole('button', { name: 'Undo' }).click();
  // Compared by length and ending: printing two megabytes on a failure helps nobody.
  await expect
    .poll(() => box.evaluate((el: HTMLTextAreaElement) => el.value.length), { timeout: 20_000 })
    .toBe(huge.length);
  expect(await box.evaluate((el: HTMLTextAreaElement) => el.value.endsWith('Shipped v2. '))).toBe(
    true,
  );
  await expect(panel.getByRole('alert')).toContainText(
    'Not saved: your resume is 2,040,013 characters',
  );
  await panel.reload();
  await expect(box).toHaveValue(resume);
});
