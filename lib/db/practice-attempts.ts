import { PracticeAttemptSchema, type PracticeAttempt } from '../practice/attempt-schema';
import { getDb } from './db';

/**
 * Practice answers kept for the progress view: text and feedback figures only, never audio.
 * Written after each answer the user submits; "Delete all my data" clears the table.
 */

export async function saveAttempt(
  input: Omit<PracticeAttempt, 'id'>,
  id: string = crypto.randomUUID(),
): Promise<PracticeAttempt> {
  const attempt = PracticeAttemptSchema.parse({ ...input, id });
  await getDb().practiceAttempts.put(attempt);
  return attempt;
}

/** Every kept attempt, oldest first; rows that no longer parse are skipped. */
export async function listAttempts(): Promise<PracticeAttempt[]> {
  const rows = await getDb().practiceAttempts.orderBy('createdAt').toArray();
  return rows.flatMap((row) => {
    const parsed = PracticeAttemptSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}
