import { beforeAll, describe, expect, it } from 'vitest';
import { loadNlp } from '../../../lib/nlp/engine';
import { followUps } from '../../../lib/practice/follow-up';
import { endsDangling } from '../../../lib/text/clauses';

// The follow-ups quote the answer's verb phrases, which need the full NLP tagger.
beforeAll(() => loadNlp());

describe('followUps', () => {
  it("asks about the answer's own decisions, data, a misstep and a repeat, each phrase once", () => {
    const asked = followUps(
      'Our invoices were late every month. I moved the approvals into one queue. ' +
        'I trained the two approvers on it, and I added a daily reminder. ' +
        'As a result, late invoices fell from 30 to 4 a month.',
    );
    expect(asked.map((f) => f.question)).toEqual([
      'Why did you decide to move the approvals into one queue, and what else was on the table?',
      'What did the data say, and how do you know that late invoices fell from 30 to 4 a month because of what you did?',
      'What went wrong when you trained the two approvers on it, and what did you do about it?',
      'Would you add a daily reminder again, knowing what you know now?',
    ]);
    const bases = asked.map((f) => f.basis).filter(Boolean);
    expect(new Set(bases).size).toBe(bases.length);
    for (const basis of bases) expect(endsDangling(basis)).toBe(false);
  });

  it('quotes what "we" did instead of saying "you", and asks for data only about a measured claim', () => {
    const asked = followUps(
      'The site went down. We rolled back the release and we fixed it and things were better after that.',
    ).map((f) => f.question);
    expect(asked[0]).toBe(
      'You said “we rolled back the release”. Why that, and what else was on the table?',
    );
    expect(asked[1]).toBe('What did the data say, before and after?');
    expect(asked.join(' ')).not.toMatch(/you decide to roll back|that we fixed/);
  });

  it('falls back to plain follow-ups for an answer with no first-person action', () => {
    expect(followUps('It went fine.').map((f) => f.basis)).toEqual(['', '', '', '']);
  });
});
