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
  private counts = new Map<number, number>();
  /** Each story's project as a small number (-1: none), so a key is arithmetic, not a string. */
  private readonly projectOf: Int32Array;
  private readonly projectCount: number;
  constructor(projects: readonly string[]) {
    const ids = new Map<string, number>();
    this.projectOf = Int32Array.from(projects, (p) => {
      if (!p) return -1;
      let id = ids.get(p);
      if (id === undefined) ids.set(p, (id = ids.size));
      return id;
    });
    this.projectCount = ids.size;
  }
  private key(round: number, story: number): number | null {
    const project = this.projectOf[story] ?? -1;
    return project < 0 ? null : round * this.projectCount + project;
  }
  /** Adds a story to a round; returns the clashes it adds (0 or 1). */
  add(round: number, story: number): number {
    const key = this.key(round, story);
    if (key === null) return 0;
    const before = this.counts.get(key) ?? 0;
    this.counts.set(key, before + 1);
    return before > 0 ? 1 : 0;
  }
  /** True when the story shares its round with another story of its project. */
  clashes(round: number, story: number): boolean {
    const key = this.key(round, story);
    return key !== null && (this.counts.get(key) ?? 0) > 1;
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
      // A change can only drop the clash count if it takes a clashing story out: moves that take
      // none out are skipped without trying them (same outcome, far fewer trials).
      const mineClashes = counts.clashes(r, mine);
      const spare = !mineClashes
        ? -1
        : bank.findIndex((_, j) => {
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
        if (!mineClashes && !counts.clashes(rt, theirs)) continue;
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
