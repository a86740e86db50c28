import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planRounds, type RoundPlan } from '../../../lib/loop/plan-rounds';
import type { PrincipleId } from '../../../lib/principles/ids';
import type { PostingAnalysis } from '../../../lib/analysis/schema';
import { checkStory, type StoryChecks } from '../../../lib/stories/checks';
import type { Story } from '../../../lib/stories/schema';
import { makeAnalysis, makeStory, sdeLoop } from './make-analysis';

const stage1 = (name: string) => ({ ...sdeLoop[name === 'Bar Raiser' ? 3 : 0]!, name });

const few: PrincipleId[] = [
  'ownership',
  'frugality',
  'earn-trust',
  'dive-deep',
  'have-backbone-disagree-and-commit',
];

/** Checks with chosen evidence, so the tests control the second tier. */
function checksWith(evidence: Map<string, PrincipleId[]>) {
  return (story: Story): StoryChecks => ({
    ...checkStory(story),
    evidence: (evidence.get(story.id) ?? []).map((id) => ({
      id,
      name: id,
      score: 0.5,
      evidence: [],
    })),
  });
}

interface Instance {
  stories: Story[];
  analysis: PostingAnalysis;
  evidence: Map<string, PrincipleId[]>;
}

const lpSet = fc.uniqueArray(fc.constantFrom(...few), { minLength: 1, maxLength: 3 });
const instance: fc.Arbitrary<Instance> = fc
  .record({
    likely: fc.uniqueArray(fc.constantFrom(...few), { minLength: 1, maxLength: 5 }),
    rounds: fc.integer({ min: 1, max: 3 }),
    phone: fc.boolean(),
    bank: fc.array(
      fc.record({
        lps: lpSet,
        evidence: fc.uniqueArray(fc.constantFrom(...few), { maxLength: 2 }),
        project: fc.constantFrom('', 'A', 'B'),
      }),
      { maxLength: 6 },
    ),
  })
  .map(({ likely, rounds, phone, bank }) => {
    const stories = bank.map((b, i) => makeStory(`s${i}`, b.lps, { project: b.project }));
    return {
      stories,
      evidence: new Map(bank.map((b, i) => [`s${i}`, b.evidence])),
      analysis: makeAnalysis(likely, {
        phone,
        loop: [...sdeLoop.slice(0, rounds - 1), sdeLoop[3]!],
      }),
    };
  });

const slotsOf = (plan: RoundPlan) => plan.rounds.flatMap((r) => r.slots);

/** Best (tagged, evidence) pair over every assignment, by exhaustive search. */
function bruteForce({ stories, analysis, evidence }: Instance, plan: RoundPlan): [number, number] {
  const slots = slotsOf(plan).map((s) => s.lp);
  let best: [number, number] = [0, 0];
  const used = new Set<number>();
  const go = (i: number, tagged: number, hinted: number) => {
    if (tagged > best[0] || (tagged === best[0] && hinted > best[1])) best = [tagged, hinted];
    if (i === stories.length) return;
    go(i + 1, tagged, hinted);
    const story = stories[i]!;
    slots.forEach((lp, k) => {
      if (used.has(k)) return;
      const isTagged = story.lps.includes(lp);
      if (!isTagged && !(evidence.get(story.id) ?? []).includes(lp)) return;
      used.add(k);
      go(i + 1, tagged + (isTagged ? 1 : 0), hinted + (isTagged ? 0 : 1));
      used.delete(k);
    });
  };
  void analysis;
  go(0, 0, 0);
  return best;
}

function plan(inst: Instance, stories = inst.stories) {
  return planRounds(stories, inst.analysis, { checksOf: checksWith(inst.evidence) });
}

describe('planRounds (properties on random banks and postings)', () => {
  it('never uses a story twice, and lists every other story as a backup', () => {
    fc.assert(
      fc.property(instance, (inst) => {
        const p = plan(inst);
        const used = slotsOf(p).flatMap((s) => (s.storyId ? [s.storyId] : []));
        expect(new Set(used).size).toBe(used.length);
        expect([...used, ...p.unused].sort()).toEqual(inst.stories.map((s) => s.id).sort());
      }),
      { numRuns: 300 },
    );
  });

  it('fills as many slots with a tagged story as any assignment can, then as many with evidence', () => {
    fc.assert(
      fc.property(instance, (inst) => {
        const p = plan(inst);
        const tagged = slotsOf(p).filter((s) => s.match === 'tagged').length;
        const hinted = slotsOf(p).filter((s) => s.match === 'evidence').length;
        expect([tagged, hinted]).toEqual(bruteForce(inst, p));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same plan for the same bank in any order', () => {
    fc.assert(
      fc.property(instance, fc.integer(), (inst, seed) => {
        const shuffled = [...inst.stories].sort(
          (a, b) => ((a.id.charCodeAt(1) * seed) % 7) - ((b.id.charCodeAt(1) * seed) % 7),
        );
        expect(plan(inst, shuffled)).toEqual(plan(inst));
      }),
      { numRuns: 200 },
    );
  });

  it('names a gap for exactly the empty slots', () => {
    fc.assert(
      fc.property(instance, (inst) => {
        const p = plan(inst);
        const empty = p.rounds.flatMap((r) =>
          r.slots.filter((s) => !s.storyId).map((s) => `${r.name}/${s.lp}`),
        );
        expect(p.gaps.map((g) => `${g.round}/${g.lp}`)).toEqual(empty);
      }),
      { numRuns: 200 },
    );
  });

  it('notes each slot it had to fill with a weak story, and why', () => {
    const long = (n: number) => Array.from({ length: n }, (_, i) => `detail${i}`).join(' ');
    const strong = makeStory('a', ['ownership'], {
      action: `I rewrote the scheduler and I moved the jobs to a queue. ${long(70)}`,
    });
    const weak = makeStory('b', ['frugality'], {
      action: 'We met daily and we fixed it.',
      result: 'It shipped and people liked it.',
    });
    const plan = planRounds([strong, weak], makeAnalysis(['ownership', 'frugality']));
    expect(plan.weak.map((w) => w.storyId)).toEqual(['b']);
    expect(plan.weak[0]!.reasons).toEqual(
      expect.arrayContaining(['no number in the Result', '“we” more than “I”']),
    );
    const slot = plan.rounds[plan.weak[0]!.roundIndex]!.slots.find(
      (x) => x.lp === plan.weak[0]!.lp,
    );
    expect(slot?.storyId).toBe('b');
  });

  it('keeps a locked story where the user put it and re-plans the rest', () => {
    fc.assert(
      fc.property(instance, fc.nat(), fc.nat(), (inst, slotPick, storyPick) => {
        fc.pre(inst.stories.length > 0);
        const free = plan(inst);
        const slots = free.rounds.flatMap((r, roundIndex) =>
          r.slots.map((s) => ({ roundIndex, lp: s.lp })),
        );
        const slot = slots[slotPick % slots.length]!;
        const storyId = inst.stories[storyPick % inst.stories.length]!.id;
        const p = planRounds(inst.stories, inst.analysis, {
          locks: [{ ...slot, storyId }],
          checksOf: checksWith(inst.evidence),
        });
        const locked = p.rounds[slot.roundIndex]!.slots.find((s) => s.lp === slot.lp)!;
        expect(locked).toMatchObject({ storyId, locked: true });
        const used = slotsOf(p).flatMap((s) => (s.storyId ? [s.storyId] : []));
        expect(new Set(used).size).toBe(used.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('planRounds', () => {
  const analysis = makeAnalysis([
    'customer-obsession',
    'ownership',
    'frugality',
    'earn-trust',
    'dive-deep',
  ]);

  it('puts a tagged story before a better-written untagged one with evidence', () => {
    const tagged = makeStory('b', ['frugality'], { result: 'It worked.' });
    const hinted = makeStory('a', ['ownership'], {
      action:
        'I cut the cloud bill by reusing spare capacity instead of buying more, being frugal with the budget.',
    });
    const p = planRounds(
      [tagged, hinted],
      makeAnalysis(['frugality'], { loop: [sdeLoop[3]!], phone: false }),
    );
    expect(p.rounds[0]!.slots[0]).toMatchObject({ lp: 'frugality', storyId: 'b', match: 'tagged' });
  });

  it('fills a slot from a story whose text shows the principle when none is tagged with it', () => {
    const story = makeStory('a', ['ownership'], {
      action:
        'I dug into the logs, found the root cause in the retry logic and traced every failing call.',
    });
    const p = planRounds(
      [story],
      makeAnalysis(['dive-deep'], { loop: [sdeLoop[3]!], phone: false }),
    );
    expect(p.rounds[0]!.slots.find((s) => s.lp === 'dive-deep')).toMatchObject({
      storyId: 'a',
      match: 'evidence',
    });
  });

  it('names the gap with the catalogue prompt', () => {
    const p = planRounds([], analysis);
    expect(p.gaps.find((g) => g.lp === 'frugality')?.message).toBe(
      'No story for Frugality: write one about a time you delivered with less',
    );
  });

  it('says where a tagged story is already told instead of "No story for" (issue 20)', () => {
    // One story tagged Dive Deep and Ownership; two rounds ask one each, so one round has a gap.
    const story = makeStory('a', ['dive-deep', 'ownership'], { title: 'The Monday report' });
    const p = planRounds(
      [story],
      makeAnalysis(['dive-deep', 'ownership'], {
        loop: [stage1('Coding 1'), stage1('Bar Raiser')],
        phone: false,
      }),
    );
    const gap = p.gaps[0]!;
    const told = p.rounds.find((r) => r.slots.some((s) => s.storyId === 'a'))!;
    expect(gap.message).not.toMatch(/^No story for/);
    expect(gap.message).toMatch(
      new RegExp(
        `story “The Monday report” is already told in ${told.name}\\. Pick it under “Use a story…”`,
      ),
    );
  });

  it('prefers the better-written of two tagged stories', () => {
    const weak = makeStory('a', ['ownership'], {
      result: 'Things went well.',
      action: 'We did it together and we shipped.',
    });
    const strong = makeStory('b', ['ownership']);
    const p = planRounds(
      [weak, strong],
      makeAnalysis(['ownership'], { loop: [sdeLoop[3]!], phone: false }),
    );
    expect(p.rounds[0]!.slots.find((s) => s.lp === 'ownership')?.storyId).toBe('b');
    expect(p.unused).toEqual(['a']);
  });

  it('spreads stories of one project across rounds when it costs nothing', () => {
    const stories = [
      makeStory('a', ['ownership', 'frugality'], { project: 'Checkout' }),
      makeStory('b', ['ownership', 'frugality'], { project: 'Checkout' }),
      makeStory('c', ['ownership', 'frugality'], { project: 'Search' }),
      makeStory('d', ['ownership', 'frugality'], { project: 'Search' }),
    ];
    const two = makeAnalysis(['ownership', 'frugality'], {
      phone: false,
      loop: [sdeLoop[0]!, { ...sdeLoop[3]! }],
    });
    const p = planRounds(stories, two);
    for (const round of p.rounds) {
      const projects = round.slots.map((s) => stories.find((x) => x.id === s.storyId)?.project);
      expect(new Set(projects).size).toBe(projects.length);
    }
  });

  it('ignores a lock on a slot or story that does not exist', () => {
    const stories = [makeStory('a', ['ownership'])];
    const p = planRounds(stories, analysis, {
      locks: [
        { roundIndex: 9, lp: 'ownership', storyId: 'a' },
        { roundIndex: 0, lp: 'ownership', storyId: 'gone' },
      ],
    });
    expect(slotsOf(p).filter((s) => s.locked)).toEqual([]);
    expect(slotsOf(p).some((s) => s.storyId === 'a')).toBe(true);
  });

  it('swaps: locking a backup into a slot moves the story that was there out', () => {
    const stories = [
      makeStory('a', ['frugality']),
      makeStory('b', ['frugality'], { result: 'Done.' }),
    ];
    const single = makeAnalysis(['frugality'], { loop: [sdeLoop[3]!], phone: false });
    const before = planRounds(stories, single);
    const slot = before.rounds[0]!.slots.findIndex((s) => s.lp === 'frugality');
    expect(before.rounds[0]!.slots[slot]?.storyId).toBe('a');
    const after = planRounds(stories, single, {
      locks: [{ roundIndex: 0, lp: 'frugality', storyId: 'b' }],
    });
    expect(after.rounds[0]!.slots[slot]?.storyId).toBe('b');
  });
});
