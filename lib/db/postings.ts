import { ExtractResultSchema, type ExtractResult } from '../posting/schema';
import {
  analysisIsCurrent,
  postingKey,
  SavedPostingSchema,
  type SavedPosting,
} from '../backup/bank-schema';
import { PostingAnalysisSchema, type PostingAnalysis } from '../analysis/schema';
import { analyserVersion } from '../analysis/version';
import { getDb } from './db';

/**
 * Keeps (or refreshes) a posting the user has open, with the analysis the background made of
 * it, so a plan can be made for it later. Returns null when the posting has neither a job id
 * nor a URL to key it by.
 */
export async function savePosting(
  result: ExtractResult,
  seenAt = Date.now(),
  analysis?: PostingAnalysis,
): Promise<SavedPosting | null> {
  const id = postingKey(result);
  if (!id) return null;
  const saved = SavedPostingSchema.parse({
    id,
    result: ExtractResultSchema.parse(result),
    seenAt,
    ...(analysis && { analysis: PostingAnalysisSchema.parse(analysis), analyserVersion }),
  });
  await getDb().postings.put(saved);
  return saved;
}

/**
 * Analyses again the saved postings whose analysis is missing (saved by an earlier release) or
 * was made by another analyser version, and stores the new analysis. The analyser is passed in
 * so the database layer, which the popup also loads, carries no analysis code. Returns how many
 * postings were brought up to date; a posting that cannot be analysed keeps its old row.
 */
export async function refreshStaleAnalyses(
  analyse: (result: ExtractResult) => PostingAnalysis,
): Promise<number> {
  const db = getDb();
  // One transaction: a posting saved again meanwhile is not overwritten by its older row.
  return db.transaction('rw', db.postings, async () => {
    const stale = (await listSavedPostings()).filter((p) => !analysisIsCurrent(p));
    const fresh = stale.flatMap((p) => {
      try {
        const analysis = PostingAnalysisSchema.parse(analyse(p.result));
        return [{ ...p, analysis, analyserVersion }];
      } catch {
        return [];
      }
    });
    if (fresh.length) await db.postings.bulkPut(fresh);
    return fresh.length;
  });
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
