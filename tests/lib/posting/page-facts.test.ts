import { describe, expect, it } from 'vitest';
import {
  readLabelledJobId,
  readLocations,
  readMeta,
  readPageUrl,
  readTitle,
} from '../../../lib/posting/page-facts';

const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('readTitle', () => {
  it.each([
    ['<h1 class="title">A</h1><meta property="og:title" content="B">', 'A'],
    ['<meta property="og:title" content="B | Amazon.jobs"><h1>C</h1>', 'B'],
    ['<header><h1>Logo</h1></header><h1>C</h1>', 'C'],
    ['<title>SDE - Job ID: 1234567 | Amazon.jobs</title>', 'SDE'],
    ['<p>none</p>', ''],
    ['<h1 class="title" title="Full Title, Team">Full Ti…</h1>', 'Full Title, Team'],
    ['<h1 class="title">Cut Ti…</h1><meta property="og:title" content="Cut Title">', 'Cut Title'],
    ['<h1 class="title">Cut Ti...</h1><title>Cut Title - Amazon.jobs</title>', 'Cut Title'],
    ['<h1 class="title">Only Cut…</h1>', 'Only Cut…'],
    ['<title>Job-ID 1234567</title>', 'Job-ID 1234567'],
  ])('%j -> %j', (html, title) => {
    expect(readTitle(doc(html))).toBe(title);
  });
});

describe('readMeta', () => {
  it.each([
    ['Job ID: 2904517 | Amazon.com Services LLC', '2904517', 'Amazon.com Services LLC'],
    ['求人ID：2904517 | Amazon Japan G.K.', '2904517', 'Amazon Japan G.K.'],
    ['Job-ID: 2904517', '2904517', ''],
  ])('%j -> id %j, company %j', (text, jobId, company) => {
    expect(readMeta(doc(`<p class="meta">${text}</p>`))).toEqual({ jobId, company });
  });
});

describe('other page facts', () => {
  it('reads a translated job id label anywhere in the page', () => {
    expect(readLabelledJobId(doc('<span>ID del empleo: 3001616</span>').body)).toBe('3001616');
    expect(readLabelledJobId(doc('<span>Call 5551234</span>').body)).toBe('');
  });

  it('prefers the canonical link over og:url', () => {
    const d = doc(
      '<link rel="canonical" href="https://a/1"><meta property="og:url" content="https://b/2">',
    );
    expect(readPageUrl(d)).toBe('https://a/1');
  });

  it('reads location list items, de-duplicated, ignoring menu links when the list is gone', () => {
    const listed = doc(
      '<div class="association location-icon"><ul><li>US, WA, Seattle</li><li>US, WA, Seattle</li></ul></div>',
    );
    expect(readLocations(listed)).toEqual(['Seattle, WA, USA']);
    const unlisted = doc(
      '<nav><a href="/en/locations/london">London</a></nav><p><a href="/en/locations/x">US, NY, New York</a></p>',
    );
    expect(readLocations(unlisted)).toEqual(['New York, NY, USA']);
  });
});
