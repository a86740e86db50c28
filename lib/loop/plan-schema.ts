import * as z from 'zod/mini';
import '../text/zod-english';
import { PrincipleIdSchema } from '../principles/schema';

/** The user pinned this story to this (round, principle) slot; the planner fills the rest around it. */
export const PlanLockSchema = z.object({
  roundIndex: z.int().check(z.nonnegative()),
  lp: PrincipleIdSchema,
  storyId: z.string().check(z.minLength(1), z.maxLength(100)),
});
export type PlanLock = z.infer<typeof PlanLockSchema>;

/**
 * What is kept of a plan: the posting it is for and the user's locks. The assignment itself is
 * recomputed from the bank, so it never goes stale when a story changes.
 */
export const SavedPlanSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  postingId: z.string().check(z.maxLength(300)),
  locks: z.array(PlanLockSchema).check(z.maxLength(100)),
  /**
   * Placements kept as they were when the user swapped one slot, so a swap changes only that
   * slot. Not the user's picks: shown unlocked, and "Unlock all" clears them with the locks.
   */
  held: z.optional(z.array(PlanLockSchema).check(z.maxLength(100))),
  updatedAt: z.int().check(z.nonnegative()),
});
export type SavedPlan = z.infer<typeof SavedPlanSchema>;
