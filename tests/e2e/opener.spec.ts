// User journey: fill the profile on the options page, open a job page, and the popup shows an opener naming the posting's role.
import { expect, routeJobPage, test } from './fixtures';
import { openJobPage, waitForContentScript } from './pages/job-page';
import { openPopup } from './pages/popup-page';

const job =
  'https://www.amazon.jobs/en/jobs/3000101/software-development-engineer-ii-parcel-routing';

test.afterEach(({ requests }) => {
  expect(requests, 'requests that left the machine').toEqual([]);
});

test('the popup opener uses the saved profile and names the posting role', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Current role').fill('backend engineer');
  await options.getByLabel('Years of experience').fill('4');
  await options.getByLabel('Domain').fill('logistics software');
  await options.getByLabel('Target level').fill('L5');
  await options.getByRole('button', { name: 'Add a product' }).click();
  await options.getByLabel('Product or service 1').fill('Amazon SQS');
  await options
    .getByLabel('Why it matters to you')
    .fill('our depot scanners push every parcel event through it');
  await options
    .getByLabel('Your reason for Amazon, in your words')
    .fill('I want to route parcels at a scale I cannot reach today.');
  await options.getByRole('button', { name: 'Save profile' }).click();
  await expect(options.getByText('Profile saved.')).toBeVisible();
  await expect(options.getByLabel('Your opener', { exact: true })).toContainText(
    "I'm a backend engineer with 4 years",
  );

  await routeJobPage(context, 'full-en.html');
  const tab = await openJobPage({ context, serviceWorker, extensionId }, job);
  expect(await waitForContentScript({ context, serviceWorker, extensionId }, tab.tabId)).toBe(job);
  const popup = await openPopup({ context, serviceWorker, extensionId }, tab.tabId);
  const section = popup.region('Recruiter-screen opener');
  const opener = section.getByLabel('Your opener', { exact: true });
  await expect(opener).toContainText(
    'the Software Development Engineer II role on the Last Mile Delivery Technology team',
  );
  await expect(opener).toContainText('SDE II-level roles');
  await expect(opener).toContainText('Amazon SQS');
  await expect(section.getByText(/^\d+ words, about \d+ s spoken$/)).toBeVisible();

  await section.getByRole('button', { name: 'Short (~30 s)' }).click();
  await expect(opener).toContainText("I'm a backend engineer");
});
