// User journey: with a job page open, the candidate uses every LoopReady page; nothing leaves the machine and every page passes axe.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openRoutedJob } from './pages/job-page';
import { openSidePanel, sidePanelUrl } from './pages/side-panel-page';
import { openPopup } from './pages/popup-page';

const jobUrl =
  'https://www.amazon.jobs/en/jobs/3000101/software-development-engineer-ii-parcel-routing';
const views = ['resume', 'stories', 'plan', 'practice'] as const;

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

test('every page works on a job posting without one request leaving the machine', async ({
  context,
  serviceWorker,
  extensionId,
  requests,
}) => {
  const ext = { context, serviceWorker, extensionId };
  const job = await openRoutedJob(ext, 'full-en.html', jobUrl);
  const popup = await openPopup(ext, job.tabId);
  await popup.waitForAnalysis();

  const panel = await context.newPage();
  for (const view of views) {
    await panel.goto(sidePanelUrl(ext, view, job.tabId));
    await expect(panel.getByRole('tab', { selected: true })).toHaveText(new RegExp(view, 'i'));
    await panel.waitForLoadState('networkidle');
  }
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.waitForLoadState('networkidle');

  expect(requests).toEqual([]);
});

test.describe('accessibility (axe, WCAG 2.1 AA, light and dark)', () => {
  for (const view of views) {
    test(`side panel: ${view} view`, async ({ context, extensionId }) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html?view=${view}`);
      await page.getByRole('tabpanel').waitFor();
      await page.waitForLoadState('networkidle');
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('side panel: resume view with findings and keyword coverage', async ({
    context,
    serviceWorker,
    extensionId,
  }) => {
    const ext = { context, serviceWorker, extensionId };
    const job = await openRoutedJob(ext, 'full-en.html', jobUrl);
    const page = await openSidePanel(ext, 'resume', job.tabId);
    await page
      .getByRole('textbox', { name: /your resume/i })
      .fill(
        'EXPERIENCE\nAcme, Engineer, 2019 - 2022\n- Responsible for migrating billing to AWS\n- Helped with various tasks etc.',
      );
    await page.getByText('Weak opening').first().waitFor();
    await page.getByRole('heading', { name: 'Keyword coverage' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('options page (profile)', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the side panel tabs work by keyboard with a visible focus ring', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html?view=resume`);
    await page.getByRole('tab', { name: 'Resume' }).waitFor();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('tab', { name: 'Resume' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    const stories = page.getByRole('tab', { name: 'Stories' });
    await expect(stories).toBeFocused();
    await expect(stories).toHaveAttribute('aria-selected', 'true');
    expect(await stories.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await expect(page.getByRole('tabpanel')).toContainText(/stor/i);
  });
});
