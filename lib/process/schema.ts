// zod/mini: the process reaches the popup, whose bundle budget leaves no room for classic zod.
import * as z from 'zod/mini';

export const roundKinds = [
  'recruiter-screen',
  'online-assessment',
  'phone-screen',
  'coding',
  'system-design',
  'product-case',
  'data-analysis',
  'ml-depth',
  'people-management',
  'program-delivery',
  'functional',
  'customer-scenario',
  'behavioral',
  'bar-raiser',
  'debrief',
] as const;
export const RoundKindSchema = z.enum(roundKinds);
export type RoundKind = z.infer<typeof RoundKindSchema>;

export const ProcessStageSchema = z.object({
  kind: RoundKindSchema,
  name: z.string(),
  duration: z.string(),
  what: z.string(),
});
export type ProcessStage = z.infer<typeof ProcessStageSchema>;

export const InterviewProcessSchema = z.object({
  /** Stages before the loop, in order: recruiter screen, online assessment, phone screen. */
  before: z.array(ProcessStageSchema),
  /** The loop's rounds (4-5), the last of them the Bar Raiser. */
  loop: z.array(ProcessStageSchema),
  after: z.array(ProcessStageSchema),
  notes: z.array(z.string()),
});
export type InterviewProcess = z.infer<typeof InterviewProcessSchema>;
