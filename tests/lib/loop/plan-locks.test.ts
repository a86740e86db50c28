import { describe, expect, it } from 'vitest';
import { lockSlot, swapInto, unlockSlot } from '../../../lib/loop/plan-locks';
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

  it('swapping with a story in another slot trades the two, and the plan follows', () => {
    const mine = storyAt(plan, 0, 'ownership')!;
    const theirs = storyAt(plan, 1, 'ownership')!;
    const locks = swapInto([], plan, { roundIndex: 0, lp: 'ownership' }, theirs);
    const next = planRounds(stories, analysis, { locks });
    expect(storyAt(next, 0, 'ownership')).toBe(theirs);
    expect(storyAt(next, 1, 'ownership')).toBe(mine);
  });

  it('swapping in a backup drops any older lock on the slot', () => {
    const tight = planRounds(stories.slice(0, 2), analysis);
    const backup = 'c';
    const first = lockSlot([], tight, { roundIndex: 0, lp: 'frugality' });
    const locks = swapInto(first, tight, { roundIndex: 0, lp: 'frugality' }, backup);
    expect(locks).toEqual([{ roundIndex: 0, lp: 'frugality', storyId: 'c' }]);
  });
});
