import { type PrepState, PrepStateSchema, emptyPrepState } from '../prep/prep-state-schema';
import { getDb } from './db';

const prepKey = 'me';

/** The saved prep state, or the empty one (also when the row no longer parses). */
export async function getPrepState(): Promise<PrepState> {
  const row = await getDb().prepPlans.get(prepKey);
  const parsed = PrepStateSchema.safeParse(row ?? {});
  return parsed.success ? parsed.data : emptyPrepState;
}

/** Merges a change into the saved state inside one transaction, so two quick ticks both land. */
export async function updatePrepState(change: Partial<PrepState>): Promise<PrepState> {
  const db = getDb();
  return db.transaction('rw', db.prepPlans, async () => {
    const next = PrepStateSchema.parse({ ...(await getPrepState()), ...change });
    await db.prepPlans.put({ ...next, id: prepKey });
    return next;
  });
}

/** Ticks or unticks one plan item. */
export async function setItemDone(itemId: string, done: boolean): Promise<PrepState> {
  const db = getDb();
  return db.transaction('rw', db.prepPlans, async () => {
    const state = await getPrepState();
    const rest = state.done.filter((id) => id !== itemId);
    return updatePrepState({ done: done ? [...rest, itemId] : rest });
  });
}
