// zod/mini: the popup's bundle budget (300 kB with React) leaves no room for classic zod.
import * as z from 'zod/mini';
import { principleIds } from '../principles/ids';
import { fieldCaps, postingFields } from './fields';

export { fieldCaps, postingFields } from './fields';

export const PostingFieldSchema = z.enum(postingFields);
export type PostingField = z.infer<typeof PostingFieldSchema>;

const shortText = z.string().check(z.maxLength(fieldCaps.short));

/** What the extractor read from a page (or the CLI from a file): plain text only, never HTML. */
export const PostingSchema = z.object({
  title: shortText,
  jobId: shortText,
  url: z._default(z.string().check(z.maxLength(fieldCaps.url)), ''),
  locale: z._default(z.string().check(z.maxLength(fieldCaps.locale)), ''),
  locations: z.array(shortText).check(z.maxLength(fieldCaps.list)),
  category: shortText,
  team: shortText,
  company: z._default(shortText, ''),
  description: z.string().check(z.maxLength(fieldCaps.body)),
  /** One entry per bullet or line of the section, markers ("- ", "•") removed. */
  basicQualifications: z
    .array(z.string().check(z.maxLength(fieldCaps.body)))
    .check(z.maxLength(fieldCaps.lines)),
  preferredQualifications: z
    .array(z.string().check(z.maxLength(fieldCaps.body)))
    .check(z.maxLength(fieldCaps.lines)),
});
export type Posting = z.infer<typeof PostingSchema>;

export const ExtractResultSchema = z.object({
  posting: PostingSchema,
  /** Fields the page did not give us; the UI names them instead of showing blanks. */
  missing: z.array(PostingFieldSchema),
});
export type ExtractResult = z.infer<typeof ExtractResultSchema>;

export const roleFamilies = [
  'software-engineer',
  'engineering-manager',
  'technical-program-manager',
  'product-manager',
  'program-manager',
  'data-scientist',
  'applied-scientist',
  'data-engineer',
  'business-intelligence',
  'solutions-architect',
  'support-engineer',
  'ux-design',
  'operations',
  'sales-account',
  'hr-recruiting',
  'finance',
  'other',
] as const;
export const RoleFamilySchema = z.enum(roleFamilies);
export type RoleFamily = z.infer<typeof RoleFamilySchema>;

export const levelBands = ['intern', 'L3', 'L4', 'L5', 'L6', 'L7', 'L8', 'unknown'] as const;
export const LevelBandSchema = z.enum(levelBands);
export type LevelBand = z.infer<typeof LevelBandSchema>;

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
});
export type Level = z.infer<typeof LevelSchema>;

export const LikelyPrincipleSchema = z.object({
  id: z.enum(principleIds),
  name: z.string(),
  score: z.number().check(z.minimum(0), z.maximum(1)),
  /** Phrases quoted from the posting; empty only when `isDefault`. */
  evidence: z.array(z.string()),
  /** True when the LP is listed because of the role/level, not the posting's words. */
  isDefault: z.boolean(),
});
export type LikelyPrinciple = z.infer<typeof LikelyPrincipleSchema>;

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

export const PostingAnalysisSchema = z.object({
  id: z.string(),
  title: z.string(),
  role: RoleSchema,
  level: LevelSchema,
  lps: z.array(LikelyPrincipleSchema),
  process: InterviewProcessSchema,
  missing: z.array(PostingFieldSchema),
});
export type PostingAnalysis = z.infer<typeof PostingAnalysisSchema>;
