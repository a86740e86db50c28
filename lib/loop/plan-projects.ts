import type { PrincipleId } from '../principles/ids';
import type { Story } from '../stories/schema';

export interface Slot {
  roundIndex: number;
  lp: PrincipleId;
}

interface SpreadInput {
  slots: readonly Slot[];
  bank: readonly Story[];
  /** slot index -> story index; changed in place. */
  storyOfSlot: Map<number, number>;
  /** Slots the pass may change (not locked). */
  mutable: ReadonlySet<number>;
  value: (slot: number, story: number) => number;
}

/** Stories per (round, project); a clash is every story beyond the first of a project in a round. */
class ProjectCounts {
  private counts = new Map<string, number>();
  constructor(private readonly projects: readonly string[]) {}
  private key(round: number, story: number): string | null {
    const project = this.projects[story] ?? '';
    return project ? `${round}\u0000${project}` : null;
  }
  /** Adds a story to a round; returns the clashes it adds (0 or 1). */
  add(round: number, story: number): number {
    const key = this.key(round, story);
    if (key === null) return 0;
    const before = this.counts.get(key) ?? 0;
    this.counts.set(key, before + 1);
    return before > 0 ? 1 : 0;
  }
  /** Removes a story from a round; returns the clashes it removes (0 or 1). */
  remove(round: number, story: number): number {
    const key = this.key(round, story);
    if (key === null) return 0;
    const before = this.counts.get(key) ?? 0;
    this.counts.set(key, before - 1);
    return before > 1 ? 1 : 0;
  }
}

/** Moves `from` out of and `to` into each listed slot, returning the change in clashes. */
function move(
  counts: ProjectCounts,
  changes: readonly [round: number, from: number, to: number][],
): number {
  let delta = 0;
  for (const [round, from] of changes) delta -= counts.remove(round, from);
  for (const [round, , to] of changes) delta += counts.add(round, to);
  return delta;
}

/**
 * Tie-break after the exact assignment: where two stories of one project share a round, swap in a
 * spare story or trade with a slot in another round, only when the assignment's value stays
 * exactly the same and the clashes strictly drop. Deterministic: slots and stories are tried in
 * index order. Counts are updated incrementally, so each trial is O(1).
 */
export function spreadProjects({ slots, bank, storyOfSlot, mutable, value }: SpreadInput): void {
  const counts = new ProjectCounts(bank.map((s) => s.project.trim().toLowerCase()));
  let clashes = 0;
  for (const [slot, story] of storyOfSlot) clashes += counts.add(slots[slot]!.roundIndex, story);
  const order = [...mutable].filter((s) => storyOfSlot.has(s)).sort((a, b) => a - b);
  const used = new Set(storyOfSlot.values());
  for (let pass = 0; pass < order.length && clashes > 0; pass++) {
    const start = clashes;
    for (const s of order) {
      const mine = storyOfSlot.get(s)!;
      const r = slots[s]!.roundIndex;
      const spare = bank.findIndex((_, j) => {
        if (used.has(j) || value(s, j) !== value(s, mine)) return false;
        const delta = move(counts, [[r, mine, j]]);
        if (delta < 0) return true;
        move(counts, [[r, j, mine]]);
        return false;
      });
      if (spare >= 0) {
        clashes -= 1;
        used.delete(mine);
        used.add(spare);
        storyOfSlot.set(s, spare);
        continue;
      }
      for (const t of order) {
        const theirs = storyOfSlot.get(t)!;
        const rt = slots[t]!.roundIndex;
        if (rt === r || value(s, theirs) <= 0 || value(t, mine) <= 0) continue;
        if (value(s, theirs) + value(t, mine) !== value(s, mine) + value(t, theirs)) continue;
        const delta = move(counts, [
          [r, mine, theirs],
          [rt, theirs, mine],
        ]);
        if (delta < 0) {
          clashes += delta;
          storyOfSlot.set(s, theirs);
          storyOfSlot.set(t, mine);
          break;
        }
        move(counts, [
          [r, theirs, mine],
          [rt, mine, theirs],
        ]);
      }
    }
    if (clashes === start) break;
  }
}
