import { describe, expect, it } from 'vitest';
import { spreadProjects, type Slot } from '@/lib/loop/plan-projects';
import type { Story } from '@/lib/stories/schema';

function story(id: string, project: string): Story {
  return {
    id,
    title: id,
    project,
    period: '',
    situation: 's',
    task: 't',
    action: 'a',
    result: 'r',
    lps: ['ownership'],
    tags: [],
    createdAt: 0,
    updatedAt: 0,
  };
}

/** Rounds 0 and 1 each start with two stories of one project (Search, then Billing). */
function twoProjectsInEachRound() {
  const bank = [
    story('a', 'Search'),
    story('b', 'Search'),
    story('c', 'Billing'),
    story('d', 'Billing'),
  ];
  const storyOfSlot = new Map([
    [0, 0],
    [1, 1],
    [2, 2],
    [3, 3],
  ]);
  return { bank, storyOfSlot };
}

const slots: Slot[] = [
  { roundIndex: 0, lp: 'ownership' },
  { roundIndex: 0, lp: 'dive-deep' },
  { roundIndex: 1, lp: 'ownership' },
  { roundIndex: 1, lp: 'dive-deep' },
];

describe('spreadProjects', () => {
  it('trades stories between rounds so one round does not tell two stories from the same project', () => {
    const { bank, storyOfSlot } = twoProjectsInEachRound();
    spreadProjects({ slots, bank, storyOfSlot, mutable: new Set([0, 1, 2, 3]), value: () => 1 });
    const projectsOfRound = (r: number) =>
      [...storyOfSlot].filter(([s]) => slots[s]!.roundIndex === r).map(([, j]) => bank[j]!.project);
    expect(new Set(projectsOfRound(0)).size).toBe(2);
    expect(new Set(projectsOfRound(1)).size).toBe(2);
  });

  it('never changes the plan when that would lower its value', () => {
    const { bank, storyOfSlot } = twoProjectsInEachRound();
    // Each story fits only its own slot: any trade would cost value, so the clash stays.
    const value = (slot: number, s: number) => (slot === s ? 10 : 0);
    spreadProjects({ slots, bank, storyOfSlot, mutable: new Set([0, 1, 2, 3]), value });
    expect([...storyOfSlot]).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
  });

  it('leaves locked slots alone', () => {
    const { bank, storyOfSlot } = twoProjectsInEachRound();
    spreadProjects({ slots, bank, storyOfSlot, mutable: new Set(), value: () => 1 });
    expect(storyOfSlot.get(0)).toBe(0);
    expect(storyOfSlot.get(1)).toBe(1);
  });
});
