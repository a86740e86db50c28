import { PlanLockSchema, SavedPlanSchema, type PlanLock } from '../loop/plan-schema';
import { getDb } from './db';

/** One saved plan per posting: the plan's id is the posting's. */
export async function getPlanLocks(postingId: string): Promise<PlanLock[]> {
  const parsed = SavedPlanSchema.safeParse(await getDb().plans.get(postingId));
  return parsed.success ? parsed.data.locks : [];
}

export async function savePlanLocks(
  postingId: string,
  locks: readonly PlanLock[],
  now = Date.now(),
): Promise<void> {
  const plan = SavedPlanSchema.parse({
    id: postingId,
    postingId,
    locks: locks.map((l) => PlanLockSchema.parse(l)),
    updatedAt: now,
  });
  await getDb().plans.put(plan);
}
