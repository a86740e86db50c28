// User journeys, keyboard only: a whole Work Style set of the online-assessment practice (paused and
// resumed), and a three-round mock loop for a saved posting with one interruption mid-answer, ending in a
// debrief that downloads as Markdown. Both pass axe and nothing leaves the machine.
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openSidePanel } from './pages/side-panel-page';

async function axeViolations(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    found.push(
      ...violations.map(
        (v) => `${colorScheme}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      ),
    );
  }
  return found;
}

/** Presses a control from the keyboard: focus, then Enter. */
async function press(target: Locator): Promise<void> {
  await target.focus();
  await target.press('Enter');
}

/** A posting we wrote, saved as the side panel keeps one it has seen. */
const savedPosting = {
  id: '4000202',
  seenAt: 1,
  result: {
    posting: {
      title: 'Software Development Engineer II, Returns Platform',
      jobId: '4000202',
      url: 'https://www.amazon.jobs/en/jobs/4000202/sde-ii-returns',
      locale: 'en',
      locations: ['Austin, TX, USA'],
      category: 'Software Development',
      team: '',
      company: 'Amazon',
      description:
        'You will own the services that let customers send a parcel back. You will dive deep into failures, raise the bar on quality, and deliver results for customers every week.',
      basicQualifications: [
        '3+ years of non-internship professional software development experience',
      ],
      preferredQualifications: ['Experience owning a service in production'],
    },
    missing: [],
  },
};

async function seedPosting(page: Page): Promise<void> {
  await page.evaluate(
    (row) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('loopready');
        open.onerror = () => reject(new Error('cannot open loopready'));
        open.onsuccess = () => {
          const tx = open.result.transaction('postings', 'readwrite');
          tx.objectStore('postings').put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(new Error('cannot write the posting'));
        };
      }),
    savedPosting,
  );
}

test.afterEach(({ requests }) => {
  expect(requests, 'requests that left the machine').toEqual([]);
});

test('a whole Work Style set, paused and resumed, ends with what the choices signal', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const page = await openSidePanel({ context, serviceWorker, extensionId }, 'practice');
  await press(page.getByRole('button', { name: 'Online assessment' }));
  await press(page.getByRole('button', { name: /^Start a Work Style set/ }));
  const total = 34;
  for (let i = 0; i < total; i++) {
    const step = page.getByRole('group', {
      name: `Choice ${i + 1} of ${total}: which is more like you?`,
    });
    await expect(step).toBeVisible();
    if (i === 10) {
      await press(page.getByRole('button', { name: 'Pause and leave' }));
      await page.reload();
      await press(page.getByRole('button', { name: 'Online assessment' }));
      await expect(page.getByText('Work Style, ')).toContainText('10 of 34 answered, paused');
      await press(page.getByRole('button', { name: 'Resume Work Style set' }));
      await expect(step).toBeVisible();
    }
    // The first statement for both items of a trait, then the second for both: the two items of a
    // trait put their poles in opposite orders, so each trait is chosen one way and then the other.
    await press(step.getByRole('button').nth(i % 4 < 2 ? 0 : 1));
  }
  await expect(page.getByRole('heading', { name: 'Work Style results' })).toBeVisible();
  await expect(page.getByText('34 of 34 choices made.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Inconsistent choices' })).toBeVisible();
  await expect(page.getByText(/^On acting now or checking first, you chose “/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

const weAnswer =
  'We had a launch that slipped twice. We moved the work around and we talked to the other teams about it every day. We also changed the plan for the next quarter so it would not happen again.';
const plainAnswers = [
  'Our returns page confused customers. I read the support tickets, I rewrote the page with the designer and I tested it with the support agents. As a result the complaints stopped within the month.',
  'A partner team wanted to skip the load test. I showed them the failure from last year and I offered to run the test myself that night. In the end the launch went out without an incident.',
  'My manager asked me to take over a service nobody owned. I wrote down what it did, I fixed the alarms that paged at night and I handed a runbook to the team. Afterwards the pages stopped.',
];

test('a three-round mock loop interrupts a "we" answer, and its debrief downloads as Markdown', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const page = await openSidePanel({ context, serviceWorker, extensionId }, 'practice');
  // The view has read the stories, so the database exists before we write to it.
  await expect(page.getByRole('link', { name: 'Add your first story' })).toBeVisible();
  await seedPosting(page);
  await page.reload();
  await press(page.getByRole('button', { name: 'Mock loop' }));
  await page.getByLabel('Rounds').selectOption('3');
  await press(page.getByRole('button', { name: 'Start a mock loop' }));

  const answer = page.getByRole('textbox', { name: 'Your answer', exact: true });
  await expect(page.getByRole('heading', { name: /^Round 1 of 3: / })).toBeVisible();
  await answer.focus();
  await page.keyboard.insertText(weAnswer);
  const cutIn = page.getByRole('group', { name: 'The interviewer cuts in' });
  await expect(cutIn).toBeVisible();
  await expect(cutIn.getByRole('alert')).toHaveText(
    'You said “We had a launch that slipped twice”. What was your part in that, yourself?',
  );
  // The reply box has the focus: answer the interruption and go on.
  await page.keyboard.insertText('I ran the daily call and I rewrote the plan myself.');
  await press(cutIn.getByRole('button', { name: 'Answer and go on' }));
  await expect(cutIn).toBeHidden();
  await expect(answer).toBeFocused();
  await press(page.getByRole('button', { name: 'Done with this answer' }));

  // Pause mid-answer, resume, and the words typed so far are still there.
  await answer.focus();
  await page.keyboard.insertText('Our returns page confused customers.');
  await press(page.getByRole('button', { name: 'Pause the loop' }));
  await press(page.getByRole('button', { name: 'Resume the loop' }));
  await expect(answer).toHaveValue('Our returns page confused customers.');
  await answer.fill('');

  let n = 0;
  while ((await page.getByRole('heading', { name: 'Debrief' }).count()) === 0) {
    await answer.focus();
    await page.keyboard.insertText(plainAnswers[n % plainAnswers.length]!);
    n += 1;
    await expect(page.getByRole('group', { name: 'The interviewer cuts in' })).toBeHidden();
    await press(page.getByRole('button', { name: 'Done with this answer' }));
    await expect(
      page.getByRole('heading', { name: /^(Round \d of 3|Debrief)/ }).first(),
    ).toBeVisible();
  }
  expect(n).toBeGreaterThanOrEqual(2);
  await expect(
    page.getByText(
      "A practice estimate from LoopReady's own checks of your answers. It is not a prediction of Amazon's decision.",
    ),
  ).toBeVisible();
  await expect(page.getByText(/^Bar Raiser: (Inclined|Not Inclined)/)).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Practise next (added to your prep plan)' }),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  const download = page.waitForEvent('download');
  await press(page.getByRole('button', { name: 'Download Markdown' }));
  const markdown = fs.readFileSync(await (await download).path(), 'utf8');
  expect(markdown).toContain('# Mock loop: Software Development Engineer II, Returns Platform');
  expect(markdown).toContain('*Interruption:* You said “We had a launch that slipped twice”.');
  expect(markdown).toContain('> I ran the daily call and I rewrote the plan myself.');
});
