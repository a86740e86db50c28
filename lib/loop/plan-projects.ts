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

/** Pairs of stories from the same (named) project telling in the same round. */
function clashes({ slots, bank, storyOfSlot }: SpreadInput): number {
  const seen = new Map<string, number>();
  for (const [slot, story] of storyOfSlot) {
    const project = bank[story]!.project.trim().toLowerCase();
    if (!project) continue;
    const key = `${slots[slot]!.roundIndex}\u0000${project}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen.values()].reduce((n, c) => n + c - 1, 0);
}

/**
 * Tie-break after the exact assignment: where two stories of one project share a round, swap in a
 * spare story or trade with another round, only when the assignment's value stays exactly the same
 * and the clashes strictly drop. Deterministic: slots and stories are tried in index order.
 */
export function spreadProjects(input: SpreadInput): void {
  const { bank, storyOfSlot, mutable, value } = input;
  const order = [...mutable].sort((a, b) => a - b);
  let current = clashes(input);
  for (let pass = 0; pass < order.length && current > 0; pass++) {
    let improved = false;
    for (const s of order) {
      const mine = storyOfSlot.get(s);
      if (mine === undefined) continue;
      const used = new Set(storyOfSlot.values());
      const spares = bank.map((_, j) => j).filter((j) => !used.has(j));
      for (const j of spares) {
        if (value(s, j) !== value(s, mine)) continue;
        storyOfSlot.set(s, j);
        const next = clashes(input);
        if (next < current) {
          current = next;
          improved = true;
          break;
        }
        storyOfSlot.set(s, mine);
      }
      if (storyOfSlot.get(s) !== mine) continue;
      for (const t of order) {
        const theirs = storyOfSlot.get(t);
        if (t === s || theirs === undefined) continue;
        if (value(s, theirs) <= 0 || value(t, mine) <= 0) continue;
        if (value(s, theirs) + value(t, mine) !== value(s, mine) + value(t, theirs)) continue;
        storyOfSlot.set(s, theirs);
        storyOfSlot.set(t, mine);
        const next = clashes(input);
        if (next < current) {
          current = next;
          improved = true;
          break;
        }
        storyOfSlot.set(s, mine);
        storyOfSlot.set(t, theirs);
      }
    }
    if (!improved) break;
  }
}
