import { describe, expect, it } from 'vitest';
import {
  chooseStory,
  isFinished,
  marathonSummary,
  nextQuestion,
  pickQuestions,
  startMarathon,
  storiesForPrinciple,
} from '../../../lib/practice/marathon';
import { principles } from '../../../lib/principles/catalogue';

const stories = [
  { id: 's1', title: 'Checkout latency' },
  { id: 's2', title: 'The vendor migration' },
  { id: 's3', title: 'Saying no to the VP' },
  { id: 's4', title: 'Onboarding the new hire' },
  { id: 's5', title: 'The flaky test purge' },
];

describe('pickQuestions', () => {
  it("draws five questions from five principles, each from the catalogue's own questions", () => {
    const qs = pickQuestions(7);
    expect(qs).toHaveLength(5);
    expect(new Set(qs.map((q) => q.principleId)).size).toBe(5);
    for (const q of qs) {
      expect(principles.find((p) => p.id === q.principleId)?.questions).toContain(q.text);
    }
  });

  it('gives the same questions for the same seed and different ones for another', () => {
    expect(pickQuestions(42)).toEqual(pickQuestions(42));
    const seeds = [1, 2, 3, 4, 5].map((s) =>
      pickQuestions(s)
        .map((q) => q.id)
        .join(),
    );
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  it("leans toward the posting's likely principles", () => {
    const likely = [
      { id: 'dive-deep', score: 1 },
      { id: 'frugality', score: 1 },
    ] as const;
    let withLikely = 0;
    let without = 0;
    for (let seed = 0; seed < 200; seed++) {
      const ids = (qs: { principleId: string }[]) => qs.map((q) => q.principleId);
      if (ids(pickQuestions(seed, likely)).includes('frugality')) withLikely++;
      if (ids(pickQuestions(seed)).includes('frugality')) without++;
    }
    expect(withLikely).toBeGreaterThan(without * 1.5);
  });
});

describe('marathon no-repeat rule', () => {
  it('refuses a story already told and names the question it was told for', () => {
    let state = startMarathon(pickQuestions(3));
    const first = chooseStory(state, stories[0]!);
    if (!first.ok) throw new Error('first pick refused');
    state = nextQuestion(first.state);
    const again = chooseStory(state, stories[0]!);
    expect(again.ok).toBe(false);
    if (again.ok) return;
    expect(again.usedFor.index).toBe(0);
    expect(again.message).toContain('"Checkout latency"');
    expect(again.message).toContain('question 1');
    expect(again.message).toContain(state.questions[0]!.text);
  });

  it('lets the user change their mind on the current question', () => {
    const state = startMarathon(pickQuestions(3));
    const a = chooseStory(state, stories[0]!);
    if (!a.ok) throw new Error('refused');
    const b = chooseStory(a.state, stories[0]!);
    expect(b.ok).toBe(true);
    const c = chooseStory(a.state, stories[1]!);
    expect(c.ok && c.state.picks[0]?.id).toBe('s2');
  });

  it('does not move on without a story, and finishes after five distinct stories', () => {
    let state = startMarathon(pickQuestions(9));
    expect(nextQuestion(state).current).toBe(0);
    for (const story of stories) {
      const r = chooseStory(state, story);
      if (!r.ok) throw new Error(r.message);
      state = nextQuestion(r.state);
    }
    expect(isFinished(state)).toBe(true);
    expect(new Set(state.picks.map((p) => p?.id)).size).toBe(5);
  });
});

describe('marathonSummary', () => {
  it('marks whether each story is tagged for the principle it answered', () => {
    let state = startMarathon(pickQuestions(11).slice(0, 2));
    const r1 = chooseStory(state, stories[0]!);
    if (!r1.ok) throw new Error();
    state = nextQuestion(r1.state);
    const tags = new Map([['s1', [state.questions[0]!.principleId]]]);
    const rows = marathonSummary(state, tags);
    expect(rows.map((r) => [r.story?.title ?? null, r.tagged])).toEqual([
      ['Checkout latency', true],
      [null, false],
    ]);
  });
});

describe('storiesForPrinciple', () => {
  it('puts stories tagged for the principle first, each group in bank order', () => {
    const bank = [
      { id: 'a', lps: ['frugality'] },
      { id: 'b', lps: ['ownership'] },
      { id: 'c', lps: [] },
      { id: 'd', lps: ['ownership', 'dive-deep'] },
    ] as const;
    const { tagged, others } = storiesForPrinciple(bank, 'ownership');
    expect(tagged.map((s) => s.id)).toEqual(['b', 'd']);
    expect(others.map((s) => s.id)).toEqual(['a', 'c']);
  });
});

describe('pickQuestions for a posting', () => {
  const seeds = Array.from({ length: 300 }, (_, i) => i);
  const all = (fit: Parameters<typeof pickQuestions>[4]) =>
    seeds.flatMap((seed) => pickQuestions(seed, [], 5, principles, fit).map((q) => q.text));

  it('never asks a compensation role about shipping, bugs or roadmaps', () => {
    const asked = all({ family: 'hr-recruiting', band: 'L5' });
    expect(asked.filter((q) => /\b(ship|shipped|bug|roadmap)\b/i.test(q))).toEqual([]);
    expect(asked.some((q) => /\bpay\b/.test(q))).toBe(true);
  });

  it('does ask a software engineer the builder questions', () => {
    expect(all({ family: 'software-engineer', band: 'L5' })).toContain(
      'Tell me about a time you refused to ship something because it was not good enough.',
    );
  });
});
