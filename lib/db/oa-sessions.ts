import { OaSessionSchema, type OaSession } from '../practice/oa/schema';
import { getDb } from './db';

/**
 * Online-assessment practice sets: the items, the answers and the clock, written after each
 * answer so a set can be resumed where it was left. "Delete all my data" clears the table.
 */

export async function saveOaSession(session: OaSession): Promise<OaSession> {
  const parsed = OaSessionSchema.parse(session);
  await getDb().oaSessions.put(parsed);
  return parsed;
}

/** Every kept set, last touched first; rows that no longer parse are skipped. */
export async function listOaSessions(): Promise<OaSession[]> {
  const rows = await getDb().oaSessions.orderBy('updatedAt').reverse().toArray();
  return rows.flatMap((row) => {
    const parsed = OaSessionSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function deleteOaSession(id: string): Promise<void> {
  await getDb().oaSessions.delete(id);
}
