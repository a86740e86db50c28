import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromSearchJson } from '../../../lib/posting/from-search-json';
import { parseExtractResult } from '../../../lib/posting/parse';

const fixture = (name: string): unknown =>
  JSON.parse(
    fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/search-json', name), 'utf8'),
  );

function read(raw: unknown) {
  const converted = fromSearchJson(raw);
  if (!converted.ok) throw new Error(converted.error);
  return converted.result;
}

describe('fromSearchJson', () => {
  const [first, second] = (fixture('search-page.json') as { jobs: unknown[] }).jobs;

  it('turns a search-API job into a posting with id, url and locale from job_path', () => {
    const { posting, missing } = read(first);
    expect(missing).toEqual([]);
    expect(posting).toMatchObject({
      title: 'Data Engineer, Grocery Forecasting',
      jobId: '3000909',
      url: 'https://www.amazon.jobs/en/jobs/3000909/data-engineer-grocery-forecasting',
      locale: 'en',
      locations: ['Seattle, Washington, USA'],
      category: 'Data Science',
      team: 'Grocery Technology',
      company: 'Amazon.com Services LLC',
    });
    expect(() => parseExtractResult(read(first))).not.toThrow();
  });

  it.each([
    ['<br/>-separated bullets', '- One<br/>- Two &amp; three<br>', ['One', 'Two & three']],
    ['list items', '<ul><li>Spark</li><li>EMR</li></ul>', ['Spark', 'EMR']],
    ['plain text lines', '- First\n- Second\n\n• Third', ['First', 'Second', 'Third']],
    [
      'escaped markup as literal text',
      '- Knows why &lt;script&gt; is risky',
      ['Knows why <script> is risky'],
    ],
    [
      'a raw script block, dropped with its code',
      'Fine<script>alert(1)</script><br>Also fine',
      ['Fine', 'Also fine'],
    ],
    ['numeric entities', '- caf&#233; &#x2014; r&eacute;sum&#39;s', ["café — r&eacute;sum's"]],
  ])('reads qualifications given as %s', (_, basic, expected) => {
    expect(read({ title: 'T', basic_qualifications: basic }).posting.basicQualifications).toEqual(
      expected,
    );
  });

  it('names missing fields and accepts a null team and a numeric id_icims', () => {
    const { posting, missing } = read(second);
    expect(posting.jobId).toBe('3001010');
    expect(posting.locale).toBe('de');
    expect(missing).toEqual(['preferredQualifications']);
  });

  it('accepts the measuring data set shape (id, category, location, plain text)', () => {
    const { posting, missing } = read({
      id: '3001111',
      title: 'Program Manager',
      category: '',
      location: 'IND, KA, Bengaluru',
      description: '',
      basic_qualifications: '- 4+ years of program management experience',
      preferred_qualifications: '',
      source_repo: 'someone/somewhere',
    });
    expect(posting).toMatchObject({ jobId: '3001111', locations: ['Bengaluru, KA, India'] });
    expect(missing).toEqual(['description', 'preferredQualifications']);
  });

  it('splits a "; "-separated location list into places written city first', () => {
    const { posting } = read({ title: 'T', location: 'IND, KA, Bangalore; IND, TN, Chennai' });
    expect(posting.locations).toEqual(['Bangalore, KA, India', 'Chennai, TN, India']);
  });

  it.each([
    [{ title: 42 }, /^title: .*expected string/],
    [{ title: 'T', team: 7 }, /^team: /],
    [{ title: 'T', basic_qualifications: ['a'] }, /^basic_qualifications: /],
    ['a string', /expected object/],
    [{ location: 'US' }, /not a job/],
  ])('rejects %j with a message naming the problem', (raw, message) => {
    const converted = fromSearchJson(raw);
    expect(converted.ok).toBe(false);
    if (!converted.ok) expect(converted.error).toMatch(message);
  });

  it('caps an oversized title', () => {
    expect(read({ title: 'x'.repeat(1000) }).posting.title).toHaveLength(300);
  });
});
