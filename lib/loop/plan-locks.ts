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

/**
 * Puts `storyId` in the slot and locks it. When that story was telling in another slot, the
 * slot's previous story moves there (a real swap) and is locked too; the rest re-plans.
 */
export function swapInto(
  locks: readonly PlanLock[],
  plan: RoundPlan,
  slot: SlotRef,
  storyId: string,
): PlanLock[] {
  const displaced =
    plan.rounds[slot.roundIndex]?.slots.find((s) => s.lp === slot.lp)?.storyId ?? null;
  const from = plan.rounds
    .flatMap((r, roundIndex) => r.slots.map((s) => ({ roundIndex, lp: s.lp, storyId: s.storyId })))
    .find((s) => s.storyId === storyId && !sameSlot(s, slot));
  const touched = (l: PlanLock) =>
    sameSlot(l, slot) ||
    l.storyId === storyId ||
    l.storyId === displaced ||
    (from !== undefined && sameSlot(l, from));
  const next = [...locks.filter((l) => !touched(l)), { ...slot, storyId }];
  if (from && displaced)
    next.push({ roundIndex: from.roundIndex, lp: from.lp, storyId: displaced });
  return next;
}
