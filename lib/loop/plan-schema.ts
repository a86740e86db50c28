import { z } from 'zod';
import { PrincipleIdSchema } from '../stories/schema';

/** The user pinned this story to this (round, principle) slot; the planner fills the rest around it. */
export const PlanLockSchema = z.object({
  roundIndex: z.number().int().nonnegative(),
  lp: PrincipleIdSchema,
  storyId: z.string().min(1).max(100),
});
export type PlanLock = z.infer<typeof PlanLockSchema>;

/**
 * What is kept of a plan: the posting it is for and the user's locks. The assignment itself is
 * recomputed from the bank, so it never goes stale when a story changes.
 */
export const SavedPlanSchema = z.object({
  id: z.string().min(1).max(100),
  postingId: z.string().max(300),
  locks: z.array(PlanLockSchema).max(100),
  updatedAt: z.number().int().nonnegative(),
});
export type SavedPlan = z.infer<typeof SavedPlanSchema>;
