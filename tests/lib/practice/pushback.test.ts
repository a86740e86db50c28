import { beforeAll, describe, expect, it } from 'vitest';
import { loadNlp } from '../../../lib/nlp/engine';
import { pushback } from '../../../lib/practice/pushback';
import { endsDangling } from '../../../lib/text/clauses';

// These checks read the full NLP tagger (pages load it on demand).
beforeAll(() => loadNlp());

const base = { title: 'Checkout latency', project: 'Checkout', situation: '', task: '' };

describe('pushback', () => {
  it.each([
    {
      action:
        'I profiled the checkout service, and we chose a batch query over Redis caching. Then I rewrote the order loader.',
      result: 'As a result, p99 latency dropped from 900 ms to 240 ms.',
      expected: [
        'Why a batch query over Redis caching?',
        'What trade-off did you accept when you profiled the checkout service?',
        'With more time, what would you change about how you rewrote the order loader?',
        'What data told you that p99 latency dropped from 900 ms to 240 ms, and that it was your change that did it?',
      ],
    },
    {
      action:
        'I rebuilt the importer instead of patching my old script, and we shipped it in a week.',
      result: 'Import errors fell by 80%.',
      expected: [
        'Why rebuild the importer instead of patching your old script?',
        'You said “we shipped it in a week”. What trade-off did you accept there?',
        'What would you do differently with more time?',
        'What data told you that import errors fell by 80%, and that it was your change that did it?',
      ],
    },
    {
      action: 'I considered sharding the table. I added a read replica for the reports.',
      result: '',
      expected: [
        'Why add a read replica for the reports over sharding the table?',
        'What trade-off did you accept, and what did it cost?',
        'What would you do differently with more time?',
        'What data told you it worked?',
      ],
    },
  ])("asks about the story's own text: $action", ({ action, result, expected }) => {
    expect(pushback({ ...base, action, result }).map((p) => p.question)).toEqual(expected);
  });

  it('asks what else they weighed when the story names no alternative', () => {
    const [why] = pushback({
      ...base,
      action: 'I wrote a runbook for the on-call rota.',
      result: '',
    });
    expect(why?.question).toBe(
      'Why write a runbook for the on-call rota? What else did you consider, and why not that?',
    );
    expect(why?.basis).toBe('write a runbook for the on-call rota');
  });

  it.each([
    {
      action:
        'I joined payroll, HRIS and performance data in SQL to find the gap, and I showed the VP data that the raise would put the team above band. Then I brought the new analysts up to speed.',
      result:
        'The VP approved it, and 37 reissues fell to 4 compared with 37 reissues the year before.',
    },
    {
      action:
        'I cut 20% of the merit budget, and the team accepted. I rewrote the loader instead of patching it, which cut p99. We moved the job off peak hours and I wrote a runbook for the on-call rota.',
      result: 'As a result of the change, the on-call pages dropped by half within the quarter.',
    },
  ])('quotes whole phrases, each at most once, tied to a tagged principle: $action', (story) => {
    const asked = pushback({ ...base, ...story, lps: ['dive-deep', 'frugality'] });
    const bases = asked.map((p) => p.basis).filter(Boolean);
    expect(new Set(bases).size).toBe(bases.length);
    for (const p of asked) {
      expect(endsDangling(p.basis), p.basis).toBe(false);
      expect(endsDangling(p.question.replace(/\?.*$/, '')), p.question).toBe(false);
      expect(['dive-deep', 'frugality']).toContain(p.principle?.id);
    }
    expect(asked.map((p) => p.question).join('\n')).not.toMatch(/Why join payroll\?/);
  });

  // Read aloud from a new user's story: each question quoted words the story does not have.
  it('asks only about words the story has, in sentences that read aloud (issue 20)', () => {
    const qs = pushback({
      ...base,
      situation: 'Checkout failed every night.',
      task: 'I had to find the problem.',
      action:
        'I looked at the logs and found the problem. We wrote a postmortem together as a team.',
      result: 'We fixed it and things were better after that.',
    }).map((p) => p.question);
    expect(qs.join('\n')).not.toMatch(/over the logs|told you that we|when you wrote a postmortem/);
    expect(qs[0]).toBe(
      'Why write a postmortem together as a team? What else did you consider, and why not that?',
    );
    expect(qs.join('\n')).not.toMatch(/found the problem/);
    expect(qs).toContain('What data told you it worked?');
  });

  it('does not read "chose to ... over" as a choice between two options', () => {
    const [why] = pushback({
      ...base,
      action: 'I chose to find the problem over the weekend.',
      result: '',
    });
    expect(why?.question).not.toMatch(/^Why (?:to )?find the problem over/);
  });

  it('falls back to plain questions when the story has no action text', () => {
    const qs = pushback({ ...base, action: '', result: '' }).map((p) => p.question);
    expect(qs).toEqual([
      'Why that approach? What was the alternative?',
      'What trade-off did you accept, and what did it cost?',
      'What would you do differently with more time?',
      'What data told you it worked?',
    ]);
  });
});
