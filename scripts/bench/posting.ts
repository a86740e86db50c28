/**
 * Posting figures: analyze median (real postings when ../shared/data is present, else our
 * fixtures), the content script's minified size, and its extraction time on a fixture page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { Window } from 'happy-dom';
import { analyzePosting } from '../../lib/analysis/analyze';
import { extractPosting } from '../../lib/posting/extract';
import type { ExtractResult } from '../../lib/posting/schema';
import { loadPostings } from '../cli/load-postings';
import { outDirVariable } from '../out-dir';

const root = path.resolve(import.meta.dirname, '../..');
const dataFile = path.join(
  process.env.LOOPREADY_DATA_DIR ?? path.resolve(root, '../shared/data'),
  'amazon-postings-dev.json',
);
const fixtureDir = path.join(root, 'tests/fixtures/amazon-jobs');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}
const round = (x: number) => Math.round(x * 1000) / 1000;

async function postings(): Promise<ExtractResult[]> {
  const files = fs.existsSync(dataFile)
    ? [dataFile]
    : fs
        .readdirSync(fixtureDir)
        .filter((f) => f.endsWith('.html'))
        .map((f) => path.join(fixtureDir, f));
  const loaded = (await Promise.all(files.map((f) => loadPostings(f)))).flat();
  return loaded.flatMap((l) => (l.ok ? [l.result] : []));
}

/** Size of the production content script, from a fresh build so the figure is never stale. */
function contentScriptBytes(): number {
  const out = path.join(root, '.tmp/bench-build');
  const build = spawnSync(path.join(root, 'node_modules/.bin/wxt'), ['build'], {
    cwd: root,
    env: { ...process.env, [outDirVariable]: out },
  });
  if (build.status !== 0) throw new Error(`wxt build failed: ${String(build.stderr)}`);
  return fs.statSync(path.join(out, 'chrome-mv3/content-scripts/amazon-jobs.js')).size;
}

function extractTimes(): number[] {
  const html = fs.readFileSync(path.join(fixtureDir, 'full-en.html'), 'utf8');
  const url =
    'https://www.amazon.jobs/en/jobs/3000101/software-development-engineer-ii-parcel-routing';
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true },
  });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const times: number[] = [];
  for (let i = 0; i < 60; i++) {
    const t = performance.now();
    extractPosting(doc, url);
    if (i >= 10) times.push(performance.now() - t);
  }
  void window.happyDOM.close();
  return times;
}

export async function measure(): Promise<Record<string, number>> {
  const all = await postings();
  for (const p of all.slice(0, 20)) analyzePosting(p);
  const times = all.map((p) => {
    const t = performance.now();
    analyzePosting(p);
    return performance.now() - t;
  });
  return {
    analyze_posting_median_ms: round(median(times)),
    analyze_posting_p95_ms: round(
      [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)] ?? NaN,
    ),
    analyze_postings_measured: times.length,
    content_script_bytes: contentScriptBytes(),
    content_script_extract_median_ms: round(median(extractTimes())),
  };
}
