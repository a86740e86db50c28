import * as z from 'zod/mini';
import '../text/zod-english';
import { SavedPlanSchema } from '../loop/plan-schema';
import { PracticeAttemptSchema } from '../practice/attempt-schema';
import { ProfileSchema } from '../profile/schema';
import { ExtractResultSchema, type ExtractResult } from '../posting/schema';
import { PostingAnalysisSchema, type PostingAnalysis } from '../analysis/schema';
import { analyserVersion } from '../analysis/version';
import { StorySchema } from '../stories/schema';

/** A posting the user has looked at, kept so a plan can be made later without the tab. */
export const SavedPostingSchema = z.object({
  /** The job id (or the URL when a page had none). */
  id: z.string().check(z.minLength(1), z.maxLength(2_000)),
  result: ExtractResultSchema,
  /** Milliseconds since the epoch, last time the posting was open. */
  seenAt: z.int().check(z.nonnegative()),
  /**
   * Its analysis and the analyser version that made it; absent in postings saved before they
   * were kept. A posting is analysed again only when the version differs (lib/db/postings.ts).
   */
  analysis: z.optional(PostingAnalysisSchema),
  analyserVersion: z.optional(z.int().check(z.nonnegative())),
});
export type SavedPosting = z.infer<typeof SavedPostingSchema>;

/** Whether a saved posting holds an analysis made by this version of the analyser. */
export function analysisIsCurrent(
  saved: SavedPosting,
): saved is SavedPosting & { analysis: PostingAnalysis } {
  return saved.analysis !== undefined && saved.analyserVersion === analyserVersion;
}

/** The key a posting is kept under: its job id, or its URL when the page showed no id. */
export function postingKey(result: ExtractResult): string {
  return result.posting.jobId.trim() || result.posting.url.trim();
}

export const exportFormat = 'loopready-export';
export const exportVersion = 1;

/** Everything the user owns, in one versioned file: the backup and the way to move machines. */
export const ExportFileSchema = z.object({
  format: z.literal(exportFormat),
  version: z.literal(exportVersion),
  /** ISO 8601 time of the export. */
  exportedAt: z.string().check(z.maxLength(40)),
  stories: z.array(StorySchema).check(z.maxLength(10_000)),
  profile: z._default(z.nullable(ProfileSchema), null),
  postings: z._default(z.array(SavedPostingSchema).check(z.maxLength(10_000)), []),
  plans: z._default(z.array(SavedPlanSchema).check(z.maxLength(10_000)), []),
  /** Practice answers and their feedback figures; absent from files written before practice kept them. */
  practiceAttempts: z.optional(z.array(PracticeAttemptSchema).check(z.maxLength(100_000))),
});
export type ExportFile = z.infer<typeof ExportFileSchema>;

/** The bank as the db holds it; an export file without its header. */
export type Bank = Omit<ExportFile, 'format' | 'version' | 'exportedAt'>;
