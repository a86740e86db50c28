import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isBoilerplate } from '../../../lib/analysis/boilerplate';
import { loadNlp } from '../../../lib/nlp/engine';
import { extractTerms } from '../../../lib/resume/keywords';

/**
 * Keyword coverage on real postings (../shared/data, absent from a user's clone: the test skips).
 * The first posting of 20 different categories; no listed term may be one a recruiter would never
 * search for. The texts are read at test time and never copied into the project.
 */
const file = path.resolve(import.meta.dirname, '../../../../shared/data/amazon-postings-dev.json');
const present = fs.existsSync(file);

interface DevPosting {
  title: string;
  category: string;
  basic_qualifications: string;
  preferred_qualifications: string;
}

function twentyPostings(): DevPosting[] {
  const all = JSON.parse(fs.readFileSync(file, 'utf8')) as DevPosting[];
  const byCategory = new Map<string, DevPosting>();
  for (const p of all) {
    const key = p.category || p.title.split(/[\s,]/)[0] || '';
    if (p.basic_qualifications && !byCategory.has(key)) byCategory.set(key, p);
  }
  return [...byCategory.values()].slice(0, 20);
}

const neverTerms = new Set(
  '/ full implementing volume users management practices https http customers data process support interview information results experience years'.split(
    ' ',
  ),
);

describe.skipIf(!present)('extractTerms on 20 dev postings of different families', () => {
  beforeAll(() => loadNlp());
  it('lists no generic word, link piece, lone symbol or boilerplate term', () => {
    const bad: string[] = [];
    for (const p of twentyPostings()) {
      const lines = `${p.basic_qualifications}\n${p.preferred_qualifications}`
        .split('\n')
        .map((l) => l.replace(/^-\s*/, ''))
        .filter((l) => l.trim() && !isBoilerplate(l));
      for (const term of lines.flatMap(extractTerms)) {
        const lower = term.toLowerCase();
        if (
          neverTerms.has(lower) ||
          !/\p{L}/u.test(term) ||
          /^\p{L}$/u.test(term) ||
          /\/\//.test(term)
        )
          bad.push(`${p.title}: ${term}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
