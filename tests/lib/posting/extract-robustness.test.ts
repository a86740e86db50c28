import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../../lib/analysis/analyze';
import { extractPosting } from '../../../lib/posting/extract';
import { ExtractResultSchema } from '../../../lib/posting/schema';

// Random and mutated pages: the extractor never throws, always returns a valid (partial) result.
const fixtureDir = path.resolve(import.meta.dirname, '../../fixtures/amazon-jobs');
const fixtures = fs
  .readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.html'))
  .map((f) => fs.readFileSync(path.join(fixtureDir, f), 'utf8'));
const url = 'https://www.amazon.jobs/en/jobs/3000101/x';

const fragment = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '<h1 class="title">',
    '</h1>',
    '<h2>BASIC QUALIFICATIONS</h2>',
    '<h2>PREFERRED QUALIFICATIONS</h2>',
    '<h2>DESCRIPTION</h2>',
    '<div id="job-detail-body"><div class="content"><div class="section">',
    '</div>',
    '<br>',
    '- ',
    '<script>globalThis.__pwned = 1</script>',
    '<img src=x onerror="globalThis.__pwned=1">',
    '<p class="meta">Job ID: ',
    '<li>',
    '<!--',
    '<table><tr><td>',
    '&amp;&lt;&#x1F600;',
  ),
);

function check(html: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const result = extractPosting(doc, url);
  expect(ExtractResultSchema.safeParse(result).success).toBe(true);
  expect(() => analyzePosting(result)).not.toThrow();
  expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
}

describe('extractPosting on hostile input', () => {
  it('returns a valid partial result for random tag soup', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 60 }), (parts) => check(parts.join(''))),
      { numRuns: 150 },
    );
  });

  it('returns a valid partial result for our fixture pages cut and spliced at random points', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures),
        fc.nat(),
        fc.nat(),
        fragment,
        (page, a, b, inserted) => {
          const [from, to] = [a % page.length, b % page.length].sort((x, y) => x - y);
          check(page.slice(0, from) + inserted + page.slice(to));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('caps a page with a huge section instead of carrying it all', () => {
    const huge = `<h1 class="title">T</h1><h2>DESCRIPTION</h2><p>${'word '.repeat(200_000)}</p>`;
    const { posting } = extractPosting(new DOMParser().parseFromString(huge, 'text/html'), url);
    expect(posting.description.length).toBeLessThanOrEqual(20_000);
  });
});
