import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../../lib/posting/extract';
import { fromSearchJson } from '../../../lib/posting/from-search-json';
import { cleanDocumentTitle, readMeta, readTitle } from '../../../lib/posting/page-facts';
import { htmlToLines } from '../../../lib/posting/strip-tags';
import { classifyHeading, normalizeHeading } from '../../../lib/posting/text-lines';
import { headingKind } from '../../../lib/resume/split-resume';

// Hostile page text (issue 12): every posting entry point on 100,000-character inputs built to
// make a backtracking regular expression go quadratic. Each call must finish within 100 ms;
// the quadratic versions took seconds to minutes on these.
const size = 100_000;
const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const inputs: Record<string, string> = {
  'unclosed <script': fill('<script '),
  'unclosed <br': fill('<br'),
  'unclosed comment and tags': `<!--${fill('<p')}`,
  'open script, never closed': `<script>${fill('x')}`,
  spaces: `a${fill(' ')}x`,
  'spaces then a separator': `${fill(' ')}-`,
  digits: fill('1'),
  'digits after a separator': ` - ${fill('1')}a`,
  dots: `Led${fill('.')}`,
  'nested brackets': fill('(['),
  'angle brackets': fill('<'),
  colons: `${fill(':')}x`,
  'entity starts': fill('&#'),
  'entity letters': `&${fill('a')}`,
  separators: fill(' | '),
  'bidi and zero-width': fill('\u202e\u200b'),
};

const limitMs = 100;

/**
 * Fails with the input's name when `fn` takes longer than the limit. The best of three runs
 * counts: the machine is shared, and a quadratic version takes seconds on every run anyway.
 */
function fast(name: string, fn: () => unknown): void {
  let best = Infinity;
  for (let run = 0; run < 3 && best >= limitMs; run++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  expect(best, `${name}: ${best.toFixed(1)} ms`).toBeLessThan(limitMs);
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const escapeAttr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

describe.each(Object.entries(inputs))('on %s (100,000 characters)', (name, text) => {
  it('strips tags', () => fast(name, () => htmlToLines(text)));

  it('cleans a page title and reads the meta line', () => {
    fast(name, () => cleanDocumentTitle(text));
    fast(name, () => normalizeHeading(text));
    fast(name, () => classifyHeading(text));
    fast(name, () => headingKind(text));
  });

  it('reads page facts from <title>, og:title and the meta line', () => {
    const doc = parse(
      `<head><title>${text.replace(/</g, '&lt;')}</title>` +
        `<meta property="og:title" content="${escapeAttr(text)}"></head>` +
        `<body><p class="meta">${text.replace(/</g, '&lt;')}</p></body>`,
    );
    fast(name, () => readTitle(doc));
    fast(name, () => readMeta(doc));
  });

  it('extracts a document holding it as markup and as text', () => {
    const asMarkup = parse(
      `<h1 class="title">T</h1><div class="section"><h2>Description</h2>${text}</div>`,
    );
    const asText = parse(
      `<h1 class="title">${text.replace(/</g, '&lt;')}</h1><div class="section"><h2>Description</h2>${text.replace(/</g, '&lt;')}</div>`,
    );
    fast(name, () =>
      extractPosting(asMarkup, `https://www.amazon.jobs/en/jobs/3000101/${text.slice(0, 1_000)}`),
    );
    fast(name, () => extractPosting(asText, ''));
  });

  it('reads a search-API job', () => {
    const job = {
      title: text,
      description: text,
      basic_qualifications: text,
      location: text,
      job_path: text,
    };
    fast(name, () => fromSearchJson(job));
  });
});
