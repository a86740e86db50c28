import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../../lib/posting/extract';
import { fromSearchJson } from '../../../lib/posting/from-search-json';
import { cleanDocumentTitle, readMeta, readTitle } from '../../../lib/posting/page-facts';
import { ExtractResultSchema, fieldCaps } from '../../../lib/posting/schema';
import { htmlToLines } from '../../../lib/posting/strip-tags';
import { classifyHeading, normalizeHeading } from '../../../lib/posting/text-lines';
import { headingKind } from '../../../lib/resume/split-resume';
import { hostilePageHtml, hostilePageText } from '../../fixtures/hostile-text';

// Hostile page text (issue 12): every posting entry point on 100,000-character inputs built to
// make a backtracking regular expression go quadratic. These tests check the answers: each entry
// point returns, and what extraction keeps fits the posting's field caps, with the missing
// fields named. How long each call takes is the `hostile` benchmark's job
// (scripts/bench/hostile.ts, run by `npm test` as a hang guard).

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** An extraction result the popup can show: valid against the schema, missing fields named. */
function expectShowable(result: unknown): void {
  const parsed = ExtractResultSchema.safeParse(result);
  expect(parsed.success).toBe(true);
  if (!parsed.success) return;
  const { posting, missing } = parsed.data;
  expect(posting.title.length).toBeLessThanOrEqual(fieldCaps.short);
  expect(posting.description.length).toBeLessThanOrEqual(fieldCaps.body);
  // Extraction never invents what the page lacks: an empty title is reported as missing.
  if (posting.title === '') expect(missing).toContain('title');
  if (posting.description === '') expect(missing).toContain('description');
}

describe.each(Object.entries(hostilePageText))('on %s (100,000 characters)', (_name, text) => {
  const html = hostilePageHtml(text);

  it('strips tags into bounded lines', () => {
    const lines = htmlToLines(text);
    expect(Array.isArray(lines)).toBe(true);
    expect(lines.join('\n').length).toBeLessThanOrEqual(text.length);
  });

  it('cleans a page title and classifies it as no heading of ours', () => {
    expect(cleanDocumentTitle(text).length).toBeLessThanOrEqual(text.length);
    expect(normalizeHeading(text).length).toBeLessThanOrEqual(text.length);
    expect(classifyHeading(text)).toBeNull();
    expect(headingKind(text)).toBeUndefined();
  });

  it('reads page facts from <title>, og:title and the meta line', () => {
    const doc = parse(html.head);
    // The title is capped where the posting is assembled (see the extraction test below).
    expect(readTitle(doc).length).toBeLessThanOrEqual(text.length);
    expect(readMeta(doc).jobId).toMatch(/^\d{0,12}$/);
  });

  it('extracts a document holding it as markup and as text into a showable result', () => {
    expectShowable(
      extractPosting(
        parse(html.asMarkup),
        `https://www.amazon.jobs/en/jobs/3000101/${text.slice(0, 1_000)}`,
      ),
    );
    expectShowable(extractPosting(parse(html.asText), ''));
  });

  it('reads a search-API job into a showable result', () => {
    const result = fromSearchJson({
      title: text,
      description: text,
      basic_qualifications: text,
      location: text,
      job_path: text,
    });
    expect(result.ok).toBe(true);
    if (result.ok) expectShowable(result.result);
  });
});
