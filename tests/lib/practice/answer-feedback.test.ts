import { describe, expect, it } from 'vitest';
import { answerFeedback, keptMetric } from '@/lib/practice/answer-feedback';
import { endsDangling } from '@/lib/text/clauses';

// Hand-written answers, one per kind of practice answer the feedback has to tell apart.
const good =
  'At my last company our checkout page timed out for about one in ten mobile shoppers. ' +
  'My job was to find the cause before the holiday peak. ' +
  'I traced the slow requests to a query that loaded every past order. ' +
  'I rewrote it as a batch query and added a cache in front of it, and I load-tested it against last year’s peak traffic. ' +
  'I also paired with the on-call engineer so she could own the fix. ' +
  'As a result, checkout time-outs dropped from 9% to under 1% and holiday orders grew 12%.';

const rambling =
  'So, um, basically this was at my last job, you know, and there was, like, a lot going on. ' +
  'Our team was, um, kind of small and the product was kind of old and there were a lot of customers, you know, complaining about things. ' +
  'The managers were, like, worried about it and, um, there had been a reorg, so basically nobody really knew who owned what. ' +
  'And the codebase was, like, really old, you know, with lots of legacy stuff. ' +
  'I fixed the search page. ' +
  'It was better after that.';

const allWe =
  'Our payments service kept failing at month end. ' +
  'We looked at the logs and we found a lock on the ledger table. ' +
  'We split the job into batches and we moved it off peak hours. ' +
  'As a result, failures dropped from 40 a month to 2.';

const noResult =
  'Our reports took a day to build. ' +
  'I wrote a script that pulled the data from three systems. ' +
  'I scheduled it to run every night and I documented it for the team.';

const long = Array.from(
  { length: 28 },
  (_, i) => `I checked the next batch of ${i + 2} invoices against the ledger by hand.`,
).join(' ');

describe('answerFeedback', () => {
  it('finds every STAR part in a good answer, with the Action longest and its number', () => {
    const f = answerFeedback({ text: good, principleId: 'dive-deep' });
    const words = Object.fromEntries(f.parts.map((p) => [p.part, p.words]));
    expect(words.situation).toBeGreaterThan(0);
    expect(words.task).toBeGreaterThan(0);
    expect(words.result).toBeGreaterThan(0);
    expect(words.action).toBeGreaterThan(Math.max(words.situation!, words.task!, words.result!));
    expect(f.metric).toMatch(/from 9% to under 1%|9%/);
    expect(f.findings).toEqual([]);
    expect(f.principle?.evidence.join(' ')).toMatch(/traced the slow requests/);
    expect(f.nextSteps).toHaveLength(3);
    expect(f.nextSteps[0]).toMatch(/^Keep “As a result, checkout time-outs dropped/);
  });

  it('tells a rambling answer to shorten the set-up and stop filling, quoting it', () => {
    const f = answerFeedback({ text: rambling });
    expect(f.findings).toEqual(
      expect.arrayContaining(['long-situation', 'short-action', 'no-metric', 'fillers']),
    );
    expect(f.fillers.count).toBeGreaterThanOrEqual(12);
    expect(f.fillers.kinds.map((k) => k.label)).toEqual(
      expect.arrayContaining(['um', 'you know', 'basically', 'like', 'kind of']),
    );
    expect(f.nextSteps.join('\n')).toMatch(/Shorten the set-up to two sentences: it took \d+%/);
    expect(f.nextSteps.join('\n')).toContain('“I fixed the search page”');
  });

  it('asks an all-"we" answer which part was the candidate’s', () => {
    const f = answerFeedback({ text: allWe });
    expect(f.pronouns).toEqual({ i: 0, we: 5 });
    expect(f.iShare).toBe(0);
    expect(f.findings).toContain('we-dominates');
    expect(f.nextSteps[0]).toBe(
      'Say which part was yours: you said “We looked at the logs and we found a lock on the ledger table”; tell the steps you took as “I …”.',
    );
  });

  it('asks an answer with no result to end on one, after its last clause', () => {
    const f = answerFeedback({ text: noResult });
    expect(f.findings).toEqual(expect.arrayContaining(['no-result', 'no-metric']));
    expect(f.nextSteps[0]).toBe(
      'End on the result: after “I scheduled it to run every night and I documented it for the team”, say what changed because of it, with a number.',
    );
  });

  it('counts a result told inside the action, with its number, as the result', () => {
    const f = answerFeedback({
      text: 'We were stuck. I rewrote the loader and cut the nightly job from 9 hours to 40 minutes, which let the team ship on Friday.',
    });
    expect(f.findings).not.toContain('no-result');
    expect(f.findings).not.toContain('no-metric');
    expect(f.metric).toContain('from 9 hours to 40 minutes');
    expect(f.nextSteps.join('\n')).not.toMatch(/End on the result/);
  });

  it('flags an answer over 2 minutes by the timer, and its pace', () => {
    const f = answerFeedback({ text: long, elapsedMs: 150_000 });
    expect(f.timed).toBe(true);
    expect(f.seconds).toBe(150);
    expect(f.wordsPerMinute).toBe(Math.round(f.words / 2.5));
    expect(f.findings).toContain('too-long');
    expect(f.nextSteps.join('\n')).toMatch(/Cut to under 2 minutes \(this ran about 2 min 30 s\)/);
  });

  it('estimates length at 150 words a minute when the answer was typed', () => {
    const f = answerFeedback({ text: good });
    expect(f.timed).toBe(false);
    expect(f.wordsPerMinute).toBe(150);
    expect(f.seconds).toBe(Math.round((f.words / 150) * 60));
  });

  it('says when the answer lost the story’s own number', () => {
    const f = answerFeedback({ text: allWe, storyMetric: 'from 40 a month to 0' });
    expect(f.storyMetric).toEqual({ metric: 'from 40 a month to 0', kept: false });
    expect(f.findings).toContain('metric-dropped');
    expect(answerFeedback({ text: allWe, storyMetric: '40 a month' }).storyMetric?.kept).toBe(true);
  });

  it('names the principle asked when nothing in the answer shows it', () => {
    const f = answerFeedback({ text: noResult, principleId: 'frugality' });
    expect(f.principle).toEqual({ id: 'frugality', name: 'Frugality', evidence: [] });
    expect(f.findings).toContain('no-principle-evidence');
  });

  it('quotes whole clauses only: no step quote ends on an article, preposition or conjunction', () => {
    for (const text of [good, rambling, allWe, noResult, long]) {
      for (const step of answerFeedback({ text, principleId: 'ownership' }).nextSteps) {
        for (const [, quote] of step.matchAll(/“([^”]+)”/g))
          expect(endsDangling(quote!.replace(/…$/, '')), quote).toBe(false);
      }
    }
  });

  it('gives no steps for an empty answer', () => {
    expect(answerFeedback({ text: '  ' }).nextSteps).toEqual([]);
  });
});

describe('keptMetric', () => {
  it('matches the story’s numbers, with or without thousands separators', () => {
    expect(keptMetric('we saved 12000 hours', '12,000 hours')).toBe(true);
    expect(keptMetric('we saved hours', '12,000 hours')).toBe(false);
    expect(keptMetric('costs halved', 'halved')).toBe(true);
  });
});

// Cases a new user read aloud (issue 20): the feedback credited the wrong part or quoted badly.
describe('answerFeedback credits the right part', () => {
  it('reads "My task was ..." as the Task, even after a set-up told with "we noticed" and a result word', () => {
    const f = answerFeedback({
      text: 'Last year we noticed checkout was slow. My task was to make it faster. I rewrote the loader. As a result, checkout took 2 s instead of 6 s.',
    });
    expect(f.clauses.find((c) => c.text.startsWith('My task'))?.part).toBe('task');
    expect(f.parts.find((p) => p.part === 'task')!.share).toBeGreaterThan(0);
  });

  it('does not credit a number from the set-up as the result or as the story number kept', () => {
    const f = answerFeedback({
      text: 'I joined a team that had 18 outages a month. My task was to stop them. I rewrote the retry logic. Outages stopped.',
      storyMetric: '18 months',
    });
    expect(f.metric).toBeNull();
    expect(f.storyMetric).toEqual({ metric: '18 months', kept: false });
    expect(f.clauses[0]?.part).toBe('situation');
    expect(f.nextSteps.join(' ')).toContain("Say your story's number (18 months)");
  });

  it('quotes the phrase a filler sat in, never a lone "Um"', () => {
    const f = answerFeedback({
      text: 'Um. So, um, I rewrote the loader. Um, and I, uh, added a cache. Um. It was faster. Um.',
      elapsedMs: 20_000,
    });
    expect(f.findings).toContain('fillers');
    const all = f.nextSteps.join(' ');
    expect(all).not.toMatch(/“Um”/);
    expect(f.clauses.every((c) => !/^um$/i.test(c.text))).toBe(true);
  });

  it('gives a reply to a follow-up reply feedback, not whole-answer STAR feedback', () => {
    const f = answerFeedback({
      text: 'I picked the batch query because the cache would have gone stale during the sale.',
      followUp: true,
      principleId: 'dive-deep',
    });
    expect(f.followUp).toBe(true);
    expect(f.findings).not.toContain('no-result');
    expect(f.findings).not.toContain('no-metric');
    expect(f.nextSteps.join(' ')).not.toMatch(/End on the result|Put a number|STAR/);
    expect(f.nextSteps[0]).toMatch(/^Give the direct answer in your first sentence/);
  });
});
