import { ExtractResultSchema, type ExtractResult } from '../posting/schema';
import { postingKey, SavedPostingSchema, type SavedPosting } from '../backup/bank-schema';
import { getDb } from './db';

/**
 * Keeps (or refreshes) a posting the user has open, so a plan can be made for it later.
 * Returns null when the posting has neither a job id nor a URL to key it by.
 */
export async function savePosting(
  result: ExtractResult,
  seenAt = Date.now(),
): Promise<SavedPosting | null> {
  const id = postingKey(result);
  if (!id) return null;
  const saved = SavedPostingSchema.parse({ id, result: ExtractResultSchema.parse(result), seenAt });
  await getDb().postings.put(saved);
  return saved;
}

/** Saved postings, last seen first. */
export async function listSavedPostings(): Promise<SavedPosting[]> {
  const rows = await getDb().postings.orderBy('seenAt').reverse().toArray();
  return rows.flatMap((row) => {
    const parsed = SavedPostingSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function getSavedPosting(id: string): Promise<SavedPosting | undefined> {
  const parsed = SavedPostingSchema.safeParse(await getDb().postings.get(id));
  return parsed.success ? parsed.data : undefined;
}

export async function deleteSavedPosting(id: string): Promise<void> {
  await getDb().postings.delete(id);
}
