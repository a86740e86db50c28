import * as z from 'zod/mini';
import '../text/zod-english';
import { SavedPlanSchema } from '../loop/plan-schema';
import { PracticeAttemptSchema } from '../practice/attempt-schema';
import { MockLoopSchema } from '../practice/mock-loop/schema';
import { OaSessionSchema } from '../practice/oa/schema';
import { ProfileSchema } from '../profile/schema';
import { ExtractResultSchema, type ExtractResult } from '../posting/schema';
import { PostingAnalysisSchema, type PostingAnalysis } from '../analysis/schema';
import { analyserVersion } from '../analysis/version';
import { PrepStateSchema } from '../prep/prep-state-schema';
import { SavedResumeSchema } from '../resume/schema';
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

/** A kept practice recording in a backup: the audio as base64 (only when the user asks for it). */
export const BackupRecordingSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  question: z.string().check(z.maxLength(500)),
  storyTitle: z._default(z.string().check(z.maxLength(200)), ''),
  mimeType: z.string().check(z.maxLength(100)),
  /** 20 MB of audio (the cap of one recording) is under 27 million base64 characters. */
  audioBase64: z.string().check(z.maxLength(27_000_000), z.regex(/^[A-Za-z0-9+/]*={0,2}$/)),
  durationMs: z.int().check(z.nonnegative()),
  createdAt: z.int().check(z.nonnegative()),
});
export type BackupRecording = z.infer<typeof BackupRecordingSchema>;

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
  /** The saved resume (null: none saved); absent from files written before backups held it. */
  resume: z.optional(z.nullable(SavedResumeSchema)),
  /** The prep plan: interview date, ticks and stage; absent from older files. */
  prep: z.optional(PrepStateSchema),
  /** Kept recordings, only in a backup made with "include recordings". */
  recordings: z.optional(z.array(BackupRecordingSchema).check(z.maxLength(1_000))),
  /** Online-assessment practice sets; absent from files written before they existed. */
  oaSessions: z.optional(z.array(OaSessionSchema).check(z.maxLength(10_000))),
  /** Mock loops with their answers and debriefs; absent from files written before they existed. */
  mockLoops: z.optional(z.array(MockLoopSchema).check(z.maxLength(10_000))),
});
export type ExportFile = z.infer<typeof ExportFileSchema>;

/** The bank as the db holds it; an export file without its header. */
export type Bank = Omit<ExportFile, 'format' | 'version' | 'exportedAt'>;
