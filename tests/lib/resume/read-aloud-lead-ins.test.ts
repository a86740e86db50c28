import { beforeAll, describe, expect, it } from 'vitest';
import { loadNlp } from '../../../lib/nlp/engine';
import { lintBullet } from '../../../lib/resume/lint-bullet';

// Issue 19, second pass, read aloud: the sentences LoopReady writes for lines shaped like real
// resume lines (our own words). "What you did with X" names only a thing the line acted on; a
// finding is not said twice; a quote names something.

const findings = (bullet: string) => lintBullet(bullet).findings;
const said = (bullet: string) =>
  findings(bullet)
    .map((f) => `${f.message} ${f.suggestion ?? ''}`)
    .join('\n');

beforeAll(() => loadNlp());

describe('template lead-ins name what the line acted on', () => {
  it.each([
    ['Worked with a 5-person team on the tide app', /what you did with a 5-person/],
    ['Worked within the payments group on refunds', /what you did with the within/],
    ['Worked on a variety of backend services', /what you did with a variety/],
    ['Assisted up to 40 customers a day with refunds', /what you did with the up/],
    ['Served as the sole student on the hiring board', /what you did with the sole student/],
  ])('"%s" never says %s', (bullet, wrong) => {
    const text = said(bullet);
    expect(text).toMatch(/Start with what you did/);
    expect(text).not.toMatch(wrong);
  });

  it('a participle ends the noun phrase: "the ledger service", not "the ledger service used"', () => {
    const text = said('Worked on the ledger service used by various teams');
    expect(text).toContain('Start with what you did with the ledger service:');
  });

  it('keeps the lead-in where the line names its object', () => {
    expect(said('Responsible for the nightly data export to 4 partners')).toContain(
      'Start with what you did with the nightly data export:',
    );
  });
});

describe('one problem, said once', () => {
  it('"Was involved" is not advice about earning an award', () => {
    expect(said('Was involved in the redesign of the checkout page')).not.toMatch(/earn/);
  });

  it('a passive later in the line is still found', () => {
    const rules = findings('Built a parser that was used by 3 teams').map((f) => f.rule);
    expect(rules).toContain('passive-voice');
  });

  it('the same rewrite is offered once, not by the opener and the first-person rule both', () => {
    const quoted = findings('I helped build the search page for 3 teams').filter((f) =>
      (f.suggestion ?? '').includes('"Built the search page for 3 teams"'),
    );
    expect(quoted).toHaveLength(1);
  });

  it('the first-person rule still rewrites a line whose opener is strong', () => {
    expect(said('Built the search page that we shipped to 3 teams')).toMatch(/first person/);
  });
});

describe('a noun-phrase opener is quoted with its noun', () => {
  it('"The backend", not "The"', () => {
    const text = said('The backend for a tide app in Go with 3 endpoints');
    expect(text).toContain('("The backend")');
    expect(text).not.toContain('("The")');
  });
});
