// User journey in real Firefox ESR: the built extension reads a routed amazon.jobs page and its popup shows the analysis.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { outDir } from '../../scripts/out-dir';

const root = path.resolve(import.meta.dirname, '../..');
const extDir = path.join(outDir(root), 'firefox-mv2');
const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const geckoId = 'loopready@loopready.dev';
const uuid = '6f1c2a55-0b7e-4b8e-9a57-3c1d2e4f5a60';
const jobUrl =
  'https://www.amazon.jobs/en/jobs/3000101/software-development-engineer-ii-parcel-routing';
const fixture = fs.readFileSync(path.join(root, 'tests/fixtures/amazon-jobs/full-en.html'), 'utf8');

/** The slice of the WebExtension API the test calls from an extension page. */
interface ExtApi {
  storage: { session: { get(key: string | null): Promise<Record<string, unknown>> } };
  browserAction: { getBadgeText(details: { tabId: number }): Promise<string> };
}

let browser: Browser;
const outside: string[] = [];

before(async () => {
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefox,
    headless: true,
    // Without it WebDriver BiDi refuses to navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      'extensions.update.enabled': false,
      'app.update.enabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
    },
  });
  await browser.installExtension(extDir);
});

after(async () => {
  await browser?.close();
});

async function servePage(page: Page) {
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    const url = r.url();
    if (url.startsWith('https://www.amazon.jobs/')) {
      void r.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: fixture });
    } else if (
      url.startsWith('moz-extension://') ||
      url.startsWith('about:') ||
      url.startsWith('data:')
    ) {
      void r.continue();
    } else {
      outside.push(url);
      void r.abort();
    }
  });
}

/** Extension pages are opened without awaiting goto: BiDi never reports their navigation as finished. */
function openExtensionPage(page: Page, file: string) {
  page.goto(`moz-extension://${uuid}/${file}`).catch(() => undefined);
}

/**
 * `page.waitForFunction`, started again when the page navigates under it: the goto above is not
 * awaited, so a wait may begin on about:blank and fail with "Waiting failed" when the page loads.
 */
async function waitForPage(
  page: Page,
  fn: () => boolean | undefined,
  options: { timeout: number },
) {
  const end = Date.now() + options.timeout;
  for (;;) {
    try {
      await page.waitForFunction(fn, { timeout: Math.max(1, end - Date.now()) });
      return;
    } catch (error) {
      const navigated = error instanceof Error && /Waiting failed|destroyed/i.test(error.message);
      if (!navigated || Date.now() >= end) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

void test('the popup shows the role, level and Leadership Principles of a routed job page', async () => {
  const job = await browser.newPage();
  await servePage(job);
  await job.goto(jobUrl);

  const probe = await browser.newPage();
  openExtensionPage(probe, 'popup.html');
  await probe.waitForSelector('main');
  // Find the job tab: the one whose posting the background analysed and keeps in session
  // storage (Firefox has storage.session since 115); nothing asks the page.
  const tabId = await probe.evaluate(async () => {
    const api = (globalThis as unknown as { browser: ExtApi }).browser;
    for (let attempt = 0; attempt < 40; attempt++) {
      const stored = await api.storage.session.get(null);
      const key = Object.keys(stored).find((k) => k.startsWith('loopready:tab:'));
      if (key) return Number(key.slice('loopready:tab:'.length));
      await new Promise((r) => setTimeout(r, 250));
    }
    return -1;
  });
  assert.ok(tabId > 0, "the background keeps the job tab's analysed posting");

  const popup = await browser.newPage();
  openExtensionPage(popup, `popup.html?tabId=${tabId}`);
  await waitForPage(popup, () => /Leadership Principles/i.test(document.body.innerText), {
    timeout: 15_000,
  });
  // The interview process is collapsed under the opener; open it as a user would.
  await popup.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
  const text = await popup.evaluate(() => document.body.innerText);
  assert.match(text, /Software Development Engineer/);
  assert.match(text, /L5/);
  assert.match(text, /Bar Raiser/);
  // The evidence quotes a whole duty as written, with no ellipsis added or doubled.
  assert.match(
    text,
    /Own your code from design review through on-call, and make it cheaper to run each quarter(?!…)/,
  );
  assert.doesNotMatch(text, /……/);
  // Section headings stand out from the 14px body text here as in Chromium (issue 20).
  const sizes = await popup.evaluate(() => ({
    body: parseFloat(getComputedStyle(document.body).fontSize),
    headings: [...document.querySelectorAll('section h2')].map((h) =>
      parseFloat(getComputedStyle(h).fontSize),
    ),
  }));
  assert.ok(sizes.headings.length > 0, 'the popup has section headings');
  for (const size of sizes.headings)
    assert.ok(size > sizes.body + 1, `a heading at ${size}px against ${sizes.body}px body text`);

  const badge = await popup.evaluate(async (id) => {
    const api = (globalThis as unknown as { browser: ExtApi }).browser;
    return api.browserAction.getBadgeText({ tabId: id });
  }, tabId);
  assert.equal(badge, 'L5');

  // The site moves to its search results without a reload: the open popup follows the tab
  // (session storage change events reach it in Firefox too) and says there is no posting.
  await job.evaluate(() => {
    document.body.replaceChildren(document.createElement('main'));
    history.pushState({}, '', '/en/search?base_query=engineer');
  });
  await waitForPage(popup, () => document.body.innerText.includes('No job posting on this tab'), {
    timeout: 15_000,
  });
  assert.deepEqual(outside, [], 'no request left the machine');
});

void test('the sidebar checks a pasted resume and keeps it after a reload', async () => {
  const panel = await browser.newPage();
  openExtensionPage(panel, 'sidepanel.html?view=resume');
  const box = await panel.waitForSelector('textarea');
  await box!.type(
    'EXPERIENCE\nAcme, Engineer, 2019 - 2022\n- Responsible for migrating billing to AWS\n',
  );
  await waitForPage(panel, () => document.body.innerText.includes('Weak opening'), {
    timeout: 15_000,
  });
  // Saved to IndexedDB: a fresh page shows the same resume.
  await new Promise((r) => setTimeout(r, 1_000));
  const again = await browser.newPage();
  openExtensionPage(again, 'sidepanel.html?view=resume');
  await waitForPage(
    again,
    () =>
      document.querySelector<HTMLTextAreaElement>('textarea')?.value.includes('migrating billing'),
    { timeout: 15_000 },
  );
  assert.deepEqual(outside, [], 'no request left the machine');
});

void test('the practice view offers typing and gives feedback on a typed answer', async () => {
  const panel = await browser.newPage();
  openExtensionPage(panel, 'sidepanel.html?view=practice');
  await waitForPage(panel, () => document.body.innerText.includes('Practice'), {
    timeout: 15_000,
  });
  await panel.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('loopready');
        open.onsuccess = () => {
          const tx = open.result.transaction('stories', 'readwrite');
          tx.objectStore('stories').put({
            id: 'ff1',
            title: 'Checkout latency',
            project: '',
            period: '',
            situation: 'Checkout was slow.',
            task: 'I owned the fix.',
            action: 'I rewrote the order loader.',
            result: 'Time-outs fell by half.',
            lps: ['ownership'],
            tags: [],
            createdAt: 1,
            updatedAt: 1,
          });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(new Error('cannot write the story'));
        };
      }),
  );
  const again = await browser.newPage();
  openExtensionPage(again, 'sidepanel.html?view=practice');
  const box = await again.waitForSelector('.answer-box textarea', { timeout: 15_000 });
  await box!.type(
    'Our checkout was slow. I profiled the service and I rewrote the order loader. As a result, time-outs fell by half.',
  );
  const text = await again.evaluate(() => document.body.innerText);
  assert.doesNotMatch(text, /Speak your answer/, 'no recogniser is offered without local speech');
  await again.evaluate(() =>
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Get feedback')?.click(),
  );
  await waitForPage(again, () => document.body.innerText.includes('Next steps'), {
    timeout: 15_000,
  });
  const feedback = await again.evaluate(() => document.body.innerText);
  assert.match(feedback, /“I” 2×, “we” 1×/);
  assert.equal((feedback.match(/Keep “As a result, time-outs fell by half”/g) ?? []).length, 1);
  assert.deepEqual(outside, [], 'no request left the machine');
});
