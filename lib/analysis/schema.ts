// zod/mini: the analysis crosses messaging into the popup, whose bundle budget leaves no room for classic zod.
import * as z from 'zod/mini';
import { LevelBandSchema, RoleFamilySchema } from '../families/ids';
import { PrincipleIdSchema } from '../principles/schema';
import { PostingFieldSchema } from '../posting/schema';
import { InterviewProcessSchema } from '../process/schema';

export const RoleSchema = z.object({
  family: RoleFamilySchema,
  /** Human label, e.g. "Software Development Engineer". */
  label: z.string(),
  /** Words from the posting that decided the family. */
  evidence: z.array(z.string()),
});
export type Role = z.infer<typeof RoleSchema>;

export const LevelSchema = z.object({
  band: LevelBandSchema,
  /** e.g. "SDE II, L5" or "Unknown level". */
  label: z.string(),
  /** Each reason the band was chosen (or why it is unknown), quoting the posting. */
  rationale: z.array(z.string()),
  /** Years of experience found in the basic qualifications, when any. */
  years: z.nullable(z.number()),
  /**
   * How often a band given this way was right on the dev postings (0..1); 0 for "unknown". Optional
   * so analyses saved before it existed still load: absent means no claim is made.
   */
  confidence: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  /** The runner-up band when another is plausible, else null (absent in older saved analyses). */
  alternative: z.optional(z.nullable(LevelBandSchema)),
});
export type Level = z.infer<typeof LevelSchema>;

export const LikelyPrincipleSchema = z.object({
  id: PrincipleIdSchema,
  name: z.string(),
  score: z.number().check(z.minimum(0), z.maximum(1)),
  /** Phrases quoted from the posting; empty only when `isDefault`. */
  evidence: z.array(z.string()),
  /** True when the LP is listed because of the role/level, not the posting's words. */
  isDefault: z.boolean(),
  /** True for the 3-5 LPs with the strongest evidence, shown first; the rest go behind "More". */
  top: z.optional(z.boolean()),
});
export type LikelyPrinciple = z.infer<typeof LikelyPrincipleSchema>;

export const ManagesPeopleSchema = z.object({
  /** True when the posting hires a manager of people (analysis/manages-people.ts). */
  manages: z.boolean(),
  /** The title and/or lines of the posting that decided it; empty when `manages` is false. */
  evidence: z.array(z.string()),
});
export type ManagesPeople = z.infer<typeof ManagesPeopleSchema>;

export const PostingAnalysisSchema = z.object({
  id: z.string(),
  title: z.string(),
  role: RoleSchema,
  level: LevelSchema,
  lps: z.array(LikelyPrincipleSchema),
  managesPeople: ManagesPeopleSchema,
  process: InterviewProcessSchema,
  missing: z.array(PostingFieldSchema),
});
export type PostingAnalysis = z.infer<typeof PostingAnalysisSchema>;
