import { PlanLockSchema, SavedPlanSchema, type PlanLock } from '../loop/plan-schema';
import { getDb } from './db';

/** The user's locks for a posting and the placements a swap held in place. */
export interface PlanChoices {
  locks: PlanLock[];
  held: PlanLock[];
}

const noChoices = (): PlanChoices => ({ locks: [], held: [] });

/** One saved plan per posting: the plan's id is the posting's. */
export async function getPlanChoices(postingId: string): Promise<PlanChoices> {
  const parsed = SavedPlanSchema.safeParse(await getDb().plans.get(postingId));
  return parsed.success ? { locks: parsed.data.locks, held: parsed.data.held ?? [] } : noChoices();
}

export async function getPlanLocks(postingId: string): Promise<PlanLock[]> {
  return (await getPlanChoices(postingId)).locks;
}

export async function savePlanChoices(
  postingId: string,
  choices: { locks: readonly PlanLock[]; held?: readonly PlanLock[] },
  now = Date.now(),
): Promise<void> {
  const held = (choices.held ?? []).map((l) => PlanLockSchema.parse(l));
  const plan = SavedPlanSchema.parse({
    id: postingId,
    postingId,
    locks: choices.locks.map((l) => PlanLockSchema.parse(l)),
    ...(held.length > 0 ? { held } : {}),
    updatedAt: now,
  });
  await getDb().plans.put(plan);
}

/** Saves the locks alone; placements held by an earlier swap are dropped. */
export async function savePlanLocks(
  postingId: string,
  locks: readonly PlanLock[],
  now = Date.now(),
): Promise<void> {
  await savePlanChoices(postingId, { locks }, now);
}
