import { describe, expect, it } from 'vitest';
import { lockSlot, swapInto, unlockSlot, usedElsewhere } from '../../../lib/loop/plan-locks';
import { planRounds } from '../../../lib/loop/plan-rounds';
import { makeAnalysis, makeStory, sdeLoop } from './make-analysis';

const stories = [
  makeStory('a', ['ownership']),
  makeStory('b', ['frugality']),
  makeStory('c', ['ownership', 'frugality'], { result: 'Done.' }),
];
const analysis = makeAnalysis(['ownership', 'frugality'], {
  phone: false,
  loop: [sdeLoop[0]!, sdeLoop[3]!],
});
const plan = planRounds(stories, analysis);
const storyAt = (p: typeof plan, roundIndex: number, lp: string) =>
  p.rounds[roundIndex]!.slots.find((s) => s.lp === lp)?.storyId;

describe('plan locks', () => {
  it('lock pins the story currently in the slot; unlock removes it', () => {
    const id = storyAt(plan, 0, 'ownership')!;
    const locks = lockSlot([], plan, { roundIndex: 0, lp: 'ownership' });
    expect(locks).toEqual([{ roundIndex: 0, lp: 'ownership', storyId: id }]);
    expect(unlockSlot(locks, { roundIndex: 0, lp: 'ownership' })).toEqual([]);
  });

  it('a story used elsewhere: only the chosen slot is locked, its old slot is refilled', () => {
    const theirs = storyAt(plan, 1, 'ownership')!;
    const slot = { roundIndex: 0, lp: 'ownership' } as const;
    expect(usedElsewhere(plan, slot, theirs)).toMatchObject({ roundIndex: 1, lp: 'ownership' });
    const { locks, held } = swapInto([], plan, slot, theirs);
    expect(locks).toEqual([{ ...slot, storyId: theirs }]);
    const next = planRounds(stories, analysis, { locks, held });
    expect(storyAt(next, 0, 'ownership')).toBe(theirs);
    expect(storyAt(next, 1, 'ownership')).not.toBe(theirs);
    expect(next.rounds.flatMap((r) => r.slots).filter((s) => s.locked)).toHaveLength(1);
  });

  it('a free story is not "used elsewhere"', () => {
    const tight = planRounds(stories.slice(0, 2), analysis);
    expect(usedElsewhere(tight, { roundIndex: 0, lp: 'frugality' }, 'c')).toBeNull();
  });

  it('every swap changes only the chosen slot (and the slot the story came from)', () => {
    const bank = [
      makeStory('a', ['ownership']),
      makeStory('b', ['frugality']),
      makeStory('c', ['ownership', 'frugality'], { result: 'Done.' }),
      makeStory('d', ['ownership'], { project: 'P' }),
      makeStory('e', ['frugality'], { project: 'P' }),
      makeStory('f', ['dive-deep']),
    ];
    const wide = makeAnalysis(['ownership', 'frugality', 'dive-deep'], {
      phone: false,
      loop: [sdeLoop[0]!, sdeLoop[1]!, sdeLoop[3]!],
    });
    const before = planRounds(bank, wide);
    const slots = before.rounds.flatMap((r, roundIndex) =>
      r.slots.map((s) => ({ roundIndex, lp: s.lp, storyId: s.storyId })),
    );
    for (const target of slots)
      for (const story of bank) {
        if (story.id === target.storyId) continue;
        const from = usedElsewhere(before, target, story.id);
        const { locks, held } = swapInto([], before, target, story.id);
        const after = planRounds(bank, wide, { locks, held });
        expect(storyAt(after, target.roundIndex, target.lp)).toBe(story.id);
        for (const other of slots) {
          const same = (x: { roundIndex: number; lp: string } | null) =>
            x !== null && x.roundIndex === other.roundIndex && x.lp === other.lp;
          if (same(target) || same(from)) continue;
          expect(storyAt(after, other.roundIndex, other.lp)).toBe(other.storyId);
        }
        expect(locks).toHaveLength(1);
      }
  });

  it('swapping in a backup drops any older lock on the slot', () => {
    const tight = planRounds(stories.slice(0, 2), analysis);
    const backup = 'c';
    const first = lockSlot([], tight, { roundIndex: 0, lp: 'frugality' });
    const { locks } = swapInto(first, tight, { roundIndex: 0, lp: 'frugality' }, backup);
    expect(locks).toEqual([{ roundIndex: 0, lp: 'frugality', storyId: 'c' }]);
  });
});
