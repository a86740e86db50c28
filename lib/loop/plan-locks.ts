import type { PrincipleId } from '../principles/ids';
import type { PlanLock } from './plan-schema';
import type { RoundPlan } from './plan-rounds';

type SlotRef = { roundIndex: number; lp: PrincipleId };
const sameSlot = (a: SlotRef, b: SlotRef) => a.roundIndex === b.roundIndex && a.lp === b.lp;

/** Pins the slot's current story (no change when the slot is empty). */
export function lockSlot(locks: readonly PlanLock[], plan: RoundPlan, slot: SlotRef): PlanLock[] {
  const storyId = plan.rounds[slot.roundIndex]?.slots.find((s) => s.lp === slot.lp)?.storyId;
  if (!storyId) return [...locks];
  return [
    ...locks.filter((l) => !sameSlot(l, slot) && l.storyId !== storyId),
    { ...slot, storyId },
  ];
}

export function unlockSlot(locks: readonly PlanLock[], slot: SlotRef): PlanLock[] {
  return locks.filter((l) => !sameSlot(l, slot));
}

/** Where a story is told in the plan, other than `slot`; null when it is free. */
export function usedElsewhere(
  plan: RoundPlan,
  slot: SlotRef,
  storyId: string,
): (SlotRef & { round: string }) | null {
  for (const [roundIndex, round] of plan.rounds.entries())
    for (const s of round.slots)
      if (s.storyId === storyId && !sameSlot({ roundIndex, lp: s.lp }, slot))
        return { roundIndex, lp: s.lp, round: round.name };
  return null;
}

/**
 * Puts `storyId` in the slot and locks it: the user's one explicit choice. Every other placement
 * is held as it is (unlocked), so the swap changes only that slot. When the story was told
 * elsewhere (the UI asks first), that slot is left for the planner to refill from the bank.
 */
export function swapInto(
  locks: readonly PlanLock[],
  plan: RoundPlan,
  slot: SlotRef,
  storyId: string,
): { locks: PlanLock[]; held: PlanLock[] } {
  const from = usedElsewhere(plan, slot, storyId);
  const freed = (s: SlotRef) => sameSlot(s, slot) || (from !== null && sameSlot(s, from));
  const held = plan.rounds.flatMap((r, roundIndex) =>
    r.slots.flatMap((s) =>
      s.storyId && !freed({ roundIndex, lp: s.lp }) && !s.locked
        ? [{ roundIndex, lp: s.lp, storyId: s.storyId }]
        : [],
    ),
  );
  return {
    locks: [...locks.filter((l) => !freed(l) && l.storyId !== storyId), { ...slot, storyId }],
    held,
  };
}
