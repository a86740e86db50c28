import * as z from 'zod/mini';
import '../text/zod-english';
import { PrincipleIdSchema } from '../principles/schema';

const share = () => z.number().check(z.minimum(0), z.maximum(1));
const count = () => z.int().check(z.nonnegative());
const id = () => z.string().check(z.maxLength(100));

/**
 * One practice answer as kept for the progress view: the answer's text, the figures the feedback
 * computed, when, for which principle and which story. Audio is never part of an attempt (kept
 * recordings live in their own table, only when "keep" is ticked).
 */
export const AttemptFiguresSchema = z.object({
  words: count(),
  seconds: count(),
  /** True when seconds came from the timer, false when estimated at 150 words a minute. */
  timed: z.boolean(),
  wordsPerMinute: count(),
  /** "I" as a share of I + we, 0..1; null when the answer used neither. */
  iShare: z.nullable(share()),
  resultPresent: z.boolean(),
  metricPresent: z.boolean(),
  fillersPerMinute: z.number().check(z.nonnegative()),
  situationShare: share(),
  actionShare: share(),
});
export type AttemptFigures = z.infer<typeof AttemptFiguresSchema>;

export const PracticeAttemptSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  principleId: PrincipleIdSchema,
  /** The story told; '' when the user answered without picking one. */
  storyId: z._default(id(), ''),
  /** The question as shown, or the follow-up asked. */
  question: z.string().check(z.maxLength(1_000)),
  /** The attempt this one follows up, '' for a first answer. */
  followUpOf: z._default(id(), ''),
  text: z.string().check(z.maxLength(20_000)),
  figures: AttemptFiguresSchema,
  /** Milliseconds since the epoch. */
  createdAt: count(),
});
export type PracticeAttempt = z.infer<typeof PracticeAttemptSchema>;
