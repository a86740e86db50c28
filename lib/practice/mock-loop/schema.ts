import * as z from 'zod/mini';
import '../../text/zod-english';
import { PrincipleIdSchema } from '../../principles/schema';
import { RoundKindSchema } from '../../process/schema';
import { interruptionReasons } from './interrupt';

/**
 * A mock loop as kept in IndexedDB and in the backup: its rounds and questions, every answer with
 * the interruptions it got, where the user is, and the debrief once the loop is over.
 */

const count = () => z.int().check(z.nonnegative());
const short = (max: number) => z.string().check(z.maxLength(max));
const answerText = () => short(20_000);

export const MockQuestionSchema = z.object({
  principleId: PrincipleIdSchema,
  text: short(1_000),
  plannedStoryId: short(100),
});

export const MockRoundSchema = z.object({
  name: short(200),
  kind: RoundKindSchema,
  interviewer: short(200),
  about: short(2_000),
  lps: z.array(PrincipleIdSchema).check(z.maxLength(16)),
  questions: z.array(MockQuestionSchema).check(z.maxLength(2)),
});

export const KeptInterruptionSchema = z.object({
  reason: z.enum(interruptionReasons),
  question: short(1_000),
  basis: short(1_000),
  /** How much of the answer had been given when the interviewer cut in. */
  atChars: count(),
  atMs: count(),
  answer: answerText(),
});
export type KeptInterruption = z.infer<typeof KeptInterruptionSchema>;

export const MockAnswerSchema = z.object({
  round: count(),
  question: count(),
  text: answerText(),
  elapsedMs: count(),
  interruptions: z.array(KeptInterruptionSchema).check(z.maxLength(8)),
});
export type MockAnswer = z.infer<typeof MockAnswerSchema>;

export const voteValues = ['inclined', 'not-inclined'] as const;
const VoteSchema = z.enum(voteValues);
export type Vote = z.infer<typeof VoteSchema>;

export const LpVoteSchema = z.object({
  principleId: PrincipleIdSchema,
  name: short(200),
  vote: VoteSchema,
  /** The user's own words that showed it, quoted exactly. */
  evidence: z.array(short(1_000)).check(z.maxLength(8)),
  missing: z.array(short(1_000)).check(z.maxLength(12)),
});
export type LpVote = z.infer<typeof LpVoteSchema>;

export const RoundDebriefSchema = z.object({
  name: short(200),
  interviewer: short(200),
  kind: RoundKindSchema,
  vote: VoteSchema,
  votes: z.array(LpVoteSchema).check(z.maxLength(16)),
  /** A story already told in an earlier round, said plainly; '' when none. */
  repeat: short(1_000),
});
export type RoundDebrief = z.infer<typeof RoundDebriefSchema>;

export const PractiseNextSchema = z.object({
  principleId: z.nullable(PrincipleIdSchema),
  text: short(1_000),
});
export type PractiseNext = z.infer<typeof PractiseNextSchema>;

export const DebriefSchema = z.object({
  label: short(500),
  rounds: z.array(RoundDebriefSchema).check(z.maxLength(8)),
  barRaiser: z.nullable(z.object({ vote: VoteSchema, veto: z.boolean(), reason: short(1_000) })),
  practiseNext: z.array(PractiseNextSchema).check(z.maxLength(3)),
});
export type Debrief = z.infer<typeof DebriefSchema>;

export const mockLoopStatuses = ['running', 'paused', 'finished'] as const;

export const MockLoopSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  postingId: short(300),
  postingTitle: short(300),
  status: z.enum(mockLoopStatuses),
  rounds: z.array(MockRoundSchema).check(z.minLength(1), z.maxLength(8)),
  answers: z.array(MockAnswerSchema).check(z.maxLength(20)),
  /** The next question to answer. */
  position: z.object({ round: count(), question: count() }),
  /** The answer being given when the loop was paused, kept so nothing typed is lost. */
  draft: answerText(),
  debrief: z.nullable(DebriefSchema),
  createdAt: count(),
  updatedAt: count(),
});
export type MockLoop = z.infer<typeof MockLoopSchema>;
