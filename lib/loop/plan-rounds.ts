import type { PrincipleId } from '../principles/ids';
import type { PostingAnalysis } from '../analysis/schema';
import type { RoundKind } from '../process/schema';
import { checkStory, maxQuality, weakReasons, type StoryChecks } from '../stories/checks';
import type { Story } from '../stories/schema';
import { assignMaxValue } from './assignment';
import { spreadProjects, type Slot } from './plan-projects';
import { gapMessage, toldElsewhereMessage } from './plan-gaps';
import type { PlanLock } from './plan-schema';
import { planSlots } from './plan-slots';

/** The first planned story tagged with `lp`, and the round that tells it. */
function toldIn(
  rounds: readonly PlannedRound[],
  bank: readonly Story[],
  lp: PrincipleId,
): { title: string; round: string } | null {
  for (const round of rounds) {
    for (const slot of round.slots) {
      const story = bank.find((s) => s.id === slot.storyId);
      if (story?.lps.includes(lp)) return { title: story.title, round: round.name };
    }
  }
  return null;
}

/** Why a story sits in a slot: tagged with the slot's principle, or its text shows it; `other` only when locked. */
export type SlotMatch = 'tagged' | 'evidence' | 'other';

export interface PlannedSlot {
  lp: PrincipleId;
  storyId: string | null;
  match: SlotMatch | null;
  locked: boolean;
}
export interface PlannedRound {
  name: string;
  kind: RoundKind;
  slots: PlannedSlot[];
}
export interface PlanGap {
  round: string;
  roundIndex: number;
  lp: PrincipleId;
  message: string;
}
/** A slot the planner filled with a weak story (one failing its checks), and why it is weak. */
export interface WeakUse {
  round: string;
  roundIndex: number;
  lp: PrincipleId;
  storyId: string;
  reasons: string[];
}
export interface RoundPlan {
  rounds: PlannedRound[];
  gaps: PlanGap[];
  /** Stories no slot uses, by id: the backups. */
  unused: string[];
  /** Slots holding a weak story, in plan order: the planner had nothing stronger for them. */
  weak: WeakUse[];
}

export interface PlanOptions {
  locks?: readonly PlanLock[];
  /** Placements to keep where they are unless a lock needs the slot or story (after a swap). */
  held?: readonly PlanLock[];
  /** Checks per story; pass a memoised one when planning repeatedly (the UI does). */
  checksOf?: (story: Story) => StoryChecks;
}

function matchOf(story: Story, checks: StoryChecks, lp: PrincipleId): SlotMatch {
  if (story.lps.includes(lp)) return 'tagged';
  return checks.evidence.some((e) => e.id === lp) ? 'evidence' : 'other';
}

/** Valid locks only: an existing slot and story, each used once; later duplicates lose. */
function usableLocks(locks: readonly PlanLock[], slots: readonly Slot[], ids: Set<string>) {
  const bySlot = new Map<number, string>();
  const used = new Set<string>();
  for (const lock of locks) {
    const slot = slots.findIndex((s) => s.roundIndex === lock.roundIndex && s.lp === lock.lp);
    if (slot < 0 || bySlot.has(slot) || used.has(lock.storyId) || !ids.has(lock.storyId)) continue;
    bySlot.set(slot, lock.storyId);
    used.add(lock.storyId);
  }
  return bySlot;
}

/**
 * Assigns stories to every (round, principle) slot of the posting's process, each story at most
 * once. Solved exactly as one maximum-value assignment whose weights are lexicographic: first the
 * number of slots filled by a story tagged with the slot's principle, then slots filled by a story
 * whose text gives evidence for it, then the stories' check quality. Different projects within a
 * round are a final tie-break (a pairwise preference, so it is applied as value-preserving swaps).
 * Stories are taken in id order, so ties always break the same way.
 */
export function planRounds(
  stories: readonly Story[],
  analysis: PostingAnalysis,
  options: PlanOptions = {},
): RoundPlan {
  const skeleton = planSlots(analysis);
  const slots: Slot[] = skeleton.flatMap((r, roundIndex) =>
    r.lps.map((lp) => ({ roundIndex, lp })),
  );
  const seen = new Set<string>();
  const bank = [...stories]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .filter((s) => !seen.has(s.id) && Boolean(seen.add(s.id)));
  const checksOf = options.checksOf ?? checkStory;
  const checks = bank.map((s) => checksOf(s));
  const locked = usableLocks(options.locks ?? [], slots, seen);
  const lockedIds = new Set(locked.values());

  const openSlots = slots.map((_, i) => i).filter((i) => !locked.has(i));
  const free = bank.map((_, j) => j).filter((j) => !lockedIds.has(bank[j]!.id));
  const tier2 = slots.length * maxQuality + 1;
  const tier1 = (slots.length + 1) * tier2;
  // A held placement outweighs any re-plan of the rest, so a swap changes only its own slot.
  const tierHeld = (slots.length + 1) * tier1;
  const held = new Set(
    [...usableLocks(options.held ?? [], slots, seen)]
      .filter(([slot, id]) => !locked.has(slot) && !lockedIds.has(id))
      .map(([slot, id]) => `${slot}\u0000${id}`),
  );
  // Every (slot, story) value once, in one table: the assignment and the project tie-break read it
  // many times, and recomputing a match scans the story's tags and evidence each time.
  const n = bank.length;
  const table = new Float64Array(slots.length * n);
  slots.forEach((slot, s) => {
    for (let j = 0; j < n; j++) {
      const m = matchOf(bank[j]!, checks[j]!, slot.lp);
      const keep = held.has(`${s}\u0000${bank[j]!.id}`) ? tierHeld : 0;
      table[s * n + j] =
        keep + (m === 'other' ? 0 : (m === 'tagged' ? tier1 : tier2) + checks[j]!.quality);
    }
  });
  const value = (slot: number, story: number): number => table[slot * n + story]!;
  const cols = assignMaxValue(openSlots.map((s) => free.map((j) => value(s, j))));

  const storyOfSlot = new Map<number, number>();
  openSlots.forEach((s, i) => {
    const col = cols[i] ?? -1;
    if (col >= 0) storyOfSlot.set(s, free[col]!);
  });
  const indexOfId = new Map(bank.map((s, j) => [s.id, j]));
  for (const [slot, id] of locked) storyOfSlot.set(slot, indexOfId.get(id)!);
  spreadProjects({ slots, bank, storyOfSlot, mutable: new Set(openSlots), value });

  const rounds: PlannedRound[] = skeleton.map((r) => ({ name: r.name, kind: r.kind, slots: [] }));
  const gaps: PlanGap[] = [];
  const weak: WeakUse[] = [];
  slots.forEach((slot, i) => {
    const j = storyOfSlot.get(i);
    const round = rounds[slot.roundIndex]!;
    if (j === undefined) {
      round.slots.push({ lp: slot.lp, storyId: null, match: null, locked: false });
      gaps.push({
        round: round.name,
        roundIndex: slot.roundIndex,
        lp: slot.lp,
        message: gapMessage(slot.lp),
      });
      return;
    }
    const story = bank[j]!;
    round.slots.push({
      lp: slot.lp,
      storyId: story.id,
      match: matchOf(story, checks[j]!, slot.lp),
      locked: locked.has(i),
    });
    const reasons = weakReasons(checks[j]!);
    if (reasons.length > 0)
      weak.push({
        round: round.name,
        roundIndex: slot.roundIndex,
        lp: slot.lp,
        storyId: story.id,
        reasons,
      });
  });
  const usedIds = new Set([...storyOfSlot.values()].map((j) => bank[j]!.id));
  for (const gap of gaps) {
    const told = toldIn(rounds, bank, gap.lp);
    if (told) gap.message = toldElsewhereMessage(gap.lp, told);
  }
  return {
    rounds,
    gaps,
    unused: bank.map((s) => s.id).filter((id) => !usedIds.has(id)),
    weak,
  };
}
