// Release checks on the production builds: exact permissions, CSP, content-script matches, size budgets, web-ext lint.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { outDir } from '../../scripts/out-dir';
import { separateLintVariable, webExtLint } from '../../scripts/web-ext-lint';

const root = path.resolve(import.meta.dirname, '../..');
const chromeDir = path.join(outDir(root), 'chrome-mv3');
const firefoxDir = path.join(outDir(root), 'firefox-mv2');
const readManifest = (dir: string) =>
  JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;

// Job pages, and search pages (amazon.jobs opens a job from its results without a reload).
const jobMatches = [
  'https://amazon.jobs/*/jobs/*',
  'https://amazon.jobs/*/search*',
  'https://amazon.jobs/jobs/*',
  'https://amazon.jobs/search*',
  'https://www.amazon.jobs/*/jobs/*',
  'https://www.amazon.jobs/*/search*',
  'https://www.amazon.jobs/jobs/*',
  'https://www.amazon.jobs/search*',
];

/** Every JS file a page loads: its module script and, transitively, the chunks those import. */
function pageScripts(dir: string, html: string): string[] {
  const seen = new Set<string>();
  const queue = [
    ...fs.readFileSync(path.join(dir, html), 'utf8').matchAll(/src="\/?([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  while (queue.length) {
    const file = path.normalize(queue.pop()!);
    if (seen.has(file)) continue;
    seen.add(file);
    const code = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+\.js)["']/g)) {
      queue.push(path.join(path.dirname(file), m[1]!));
    }
  }
  return [...seen];
}
const kb = (dir: string, files: string[]) =>
  files.reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0) / 1000;

test.describe('production manifests', () => {
  test('Chrome asks only for storage, context menus and the side panel, on amazon.jobs job and search pages only', () => {
    const m = readManifest(chromeDir);
    expect(m.manifest_version).toBe(3);
    expect([...(m.permissions as string[])].sort()).toEqual([
      'contextMenus',
      'sidePanel',
      'storage',
    ]);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_permissions ?? []).toEqual([]);
    const scripts = m.content_scripts as Array<{ matches: string[] }>;
    expect(scripts).toHaveLength(1);
    expect([...scripts[0]!.matches].sort()).toEqual(jobMatches);
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
    expect(m.content_security_policy).toEqual({
      extension_pages: "script-src 'self'; object-src 'none'",
    });
  });

  test('Firefox has a gecko id, collects no data and carries no Chrome-only permission', () => {
    const m = readManifest(firefoxDir);
    expect(m.manifest_version).toBe(2);
    expect([...(m.permissions as string[])].sort()).toEqual(['contextMenus', 'storage']);
    const gecko = (
      m.browser_specific_settings as { gecko: { id: string; data_collection_permissions: unknown } }
    ).gecko;
    expect(gecko.id).toBe('loopready@loopready.dev');
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(m.content_security_policy).toBe("script-src 'self'; object-src 'none'");
    expect([...(m.content_scripts as Array<{ matches: string[] }>)[0]!.matches].sort()).toEqual(
      jobMatches,
    );
  });

  test('web-ext lint finds no errors and no warnings of ours', async () => {
    test.skip(
      process.env[separateLintVariable] === 'separate',
      'npm test runs web-ext lint beside the Firefox tests (scripts/web-ext-lint.ts)',
    );
    test.slow(); // about 30 s of one process on a quiet machine
    const { errors, ours } = await webExtLint(firefoxDir);
    expect(errors).toEqual([]);
    expect(ours).toEqual([]);
  });
});

test.describe('size budgets (minified)', () => {
  test('the popup carries no analysis code and no NLP: the background analysed the posting', () => {
    // Strings found only in the analyser (lib/analysis) and in compromise's own code.
    const analyser = 'No years of experience are asked for.';
    const nlp = 'compromise: Invalid tag';
    const read = (file: string) => fs.readFileSync(path.join(chromeDir, file), 'utf8');
    const all = fs.readdirSync(path.join(chromeDir, 'chunks')).map((f) => read(`chunks/${f}`));
    // The markers are real: the background holds the analyser, a side-panel chunk the NLP.
    expect(read('background.js')).toContain(analyser);
    expect(all.some((code) => code.includes(nlp))).toBe(true);
    for (const file of pageScripts(chromeDir, 'popup.html')) {
      expect(read(file), file).not.toContain(analyser);
      expect(read(file), file).not.toContain(nlp);
    }
  });

  test('content script under 15 kB, popup under 295 kB, side panel under 700 kB', () => {
    const content = kb(chromeDir, ['content-scripts/amazon-jobs.js']);
    const popup = kb(chromeDir, pageScripts(chromeDir, 'popup.html'));
    const sidepanel = kb(chromeDir, pageScripts(chromeDir, 'sidepanel.html'));
    console.log(`sizes: content ${content} kB, popup ${popup} kB, side panel ${sidepanel} kB`);
    expect(content).toBeLessThan(15);
    expect(popup).toBeLessThan(295);
    expect(sidepanel).toBeLessThan(700);
  });
});
