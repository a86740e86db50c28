import { beforeAll, describe, expect, it } from 'vitest';
import { loadNlp } from '../../../lib/nlp/engine';
import {
  actionPhrases,
  baseForm,
  choices,
  resultClaim,
  toSecondPerson,
} from '../../../lib/practice/story-phrases';

// These checks read the full NLP tagger (pages load it on demand).
beforeAll(() => loadNlp());

describe('actionPhrases', () => {
  it('finds first-person past-tense actions, irregular verbs included, as written', () => {
    const phrases = actionPhrases(
      'I traced the slow calls, and we rewrote the on-call runbook. Built a dashboard for support.',
    ).map((p) => [p.phrase, p.base]);
    expect(phrases).toEqual([
      ['traced the slow calls', 'trace the slow calls'],
      ['rewrote the on-call runbook', 'rewrite the on-call runbook'],
      ['built a dashboard for support', 'build a dashboard for support'],
    ]);
  });

  it('keeps a list of objects whole and stops at the next clause, never on a function word', () => {
    expect(
      actionPhrases(
        'I joined payroll, HRIS and review data in SQL to find the gap, and I showed the VP data that the raise was too small.',
      ).map((p) => p.phrase),
    ).toEqual(['joined payroll, HRIS and review data in SQL', 'showed the VP data']);
  });

  it('skips "was" and "had", which describe, not act', () => {
    expect(actionPhrases('I was on call. We had two weeks.')).toEqual([]);
  });
});

describe('actionPhrases read as a person would', () => {
  const phrases = (text: string) => actionPhrases(text).map((a) => a.phrase);

  it('takes a verb after "we" that describes a noun as part of that noun, not an action', () => {
    const found = phrases(
      'I joined payroll and HR data in SQL, wrote checks for the 12 mismatches we saw most often, and walked two analysts through the report.',
    );
    expect(found).not.toContain('saw most often');
    expect(found).toContain('wrote checks for the 12 mismatches we saw most often');
    expect(found).toContain('walked two analysts through the report');
  });

  it('keeps a stranded preposition and the task a person was talked into', () => {
    const found = phrases(
      'I deleted alarms nobody acted on, rewrote six alarms with real thresholds. I also convinced the team to review pages every Monday.',
    );
    expect(found).toContain('deleted alarms nobody acted on');
    expect(found).toContain('convinced the team to review pages every Monday');
  });
});

describe('choices', () => {
  it.each([
    ['We chose Postgres over DynamoDB because of joins.', 'Postgres', 'over', 'DynamoDB'],
    ['I went with a cron job rather than a queue.', 'a cron job', 'rather than', 'a queue'],
    [
      'I refactored the parser instead of rewriting it.',
      'refactor the parser',
      'instead of',
      'rewriting it',
    ],
    ['I considered a full rewrite, but time was short.', '', 'over', 'a full rewrite'],
  ])('reads %j', (text, chosen, connector, alternative) => {
    expect(choices(text)[0]).toEqual({ chosen, connector, alternative });
  });

  it('finds nothing in a story without a choice', () => {
    expect(choices('I fixed the bug and wrote a test.')).toEqual([]);
  });
});

describe('resultClaim, a clause with no subject of its own', () => {
  it('is not a claim: "and walked the analysts through it"', () => {
    expect(resultClaim('and walked the two analysts through the new report')).toBe('');
    expect(resultClaim('Missed runs fell to zero.')).toBe('missed runs fell to zero');
  });
});

describe('resultClaim', () => {
  it.each([
    [
      'As a result, p99 latency dropped to 120 ms; tickets halved.',
      'p99 latency dropped to 120 ms',
    ],
    ['Revenue grew 12%, and the team adopted the tool. Later it spread.', 'revenue grew 12%'],
    ['', ''],
  ])('takes the first claim of %j', (text, claim) => {
    expect(resultClaim(text)).toBe(claim);
  });
});

describe('helpers', () => {
  it('quotes the candidate back in the second person', () => {
    expect(toSecondPerson('I moved my team off it myself')).toBe(
      'you moved your team off it yourself',
    );
  });
  it('gives base forms', () => {
    expect(baseForm('wrote')).toBe('write');
    expect(baseForm('migrated')).toBe('migrate');
  });
});
