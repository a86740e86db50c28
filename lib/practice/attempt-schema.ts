import { z } from 'zod';
import { PrincipleIdSchema } from '../stories/schema';

/**
 * One practice answer as kept for the progress view: the answer's text, the figures the feedback
 * computed, when, for which principle and which story. Audio is never part of an attempt (kept
 * recordings live in their own table, only when "keep" is ticked).
 */
export const AttemptFiguresSchema = z.object({
  words: z.number().int().nonnegative(),
  seconds: z.number().int().nonnegative(),
  /** True when seconds came from the timer, false when estimated at 150 words a minute. */
  timed: z.boolean(),
  wordsPerMinute: z.number().int().nonnegative(),
  /** "I" as a share of I + we, 0..1; null when the answer used neither. */
  iShare: z.nullable(z.number().min(0).max(1)),
  resultPresent: z.boolean(),
  metricPresent: z.boolean(),
  fillersPerMinute: z.number().nonnegative(),
  situationShare: z.number().min(0).max(1),
  actionShare: z.number().min(0).max(1),
});
export type AttemptFigures = z.infer<typeof AttemptFiguresSchema>;

export const PracticeAttemptSchema = z.object({
  id: z.string().min(1).max(100),
  principleId: PrincipleIdSchema,
  /** The story told; '' when the user answered without picking one. */
  storyId: z.string().max(100).default(''),
  /** The question as shown, or the follow-up asked. */
  question: z.string().max(1_000),
  /** The attempt this one follows up, '' for a first answer. */
  followUpOf: z.string().max(100).default(''),
  text: z.string().max(20_000),
  figures: AttemptFiguresSchema,
  /** Milliseconds since the epoch. */
  createdAt: z.number().int().nonnegative(),
});
export type PracticeAttempt = z.infer<typeof PracticeAttemptSchema>;
