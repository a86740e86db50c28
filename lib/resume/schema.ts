import * as z from 'zod/mini';
import '../text/zod-english';
import { PrincipleIdSchema } from '../principles/schema';
import { severities } from '../text/severity';
import type { RoleFamily } from '../families/ids';
import type { LineReading } from './read-line';

/** Stable rule ids: in the CLI's JSON, used by tests and by the evaluation script. */
export const ruleIds = [
  'weak-opener',
  'no-action-verb',
  'tense',
  'no-metric',
  'passive-voice',
  'first-person',
  'too-long',
  'too-short',
  'filler',
  'repeated-verb',
] as const;
export const RuleIdSchema = z.enum(ruleIds);

/** What the side panel calls each rule; the ids themselves appear only in the CLI's JSON. */
export const ruleLabels: Readonly<Record<(typeof ruleIds)[number], string>> = {
  'weak-opener': 'Weak opening',
  'no-action-verb': 'No action verb',
  tense: 'Wrong tense',
  'no-metric': 'No measurable result',
  'passive-voice': 'Passive voice',
  'first-person': 'First person',
  'too-long': 'Too long',
  'too-short': 'Too short',
  filler: 'Filler words',
  'repeated-verb': 'Repeated opening verb',
};
export type RuleId = z.infer<typeof RuleIdSchema>;

export const SeveritySchema = z.enum(severities);
export type Severity = z.infer<typeof SeveritySchema>;

/** One problem in a bullet, with a concrete fix fitting that bullet. */
export const FindingSchema = z.object({
  rule: RuleIdSchema,
  severity: SeveritySchema,
  message: z.string(),
  suggestion: z.string(),
});
export type Finding = z.infer<typeof FindingSchema>;

/** What the CLI prints and the side panel shows for one bullet. */
export const LintedBulletSchema = z.object({
  text: z.string(),
  findings: z.array(FindingSchema),
  /** 0-100; 100 means nothing to fix. */
  score: z.number().check(z.minimum(0), z.maximum(100)),
  /** LP ids this bullet gives evidence for. */
  lps: z.array(PrincipleIdSchema),
});
export type LintedBullet = z.infer<typeof LintedBulletSchema>;

export const sectionKinds = [
  'summary',
  'experience',
  'projects',
  'education',
  'skills',
  'awards',
  'leadership',
  'publications',
  'other',
] as const;
export const SectionKindSchema = z.enum(sectionKinds);
export type SectionKind = z.infer<typeof SectionKindSchema>;

/** A bullet found in a resume, with where it sits. */
export const ResumeBulletSchema = z.object({
  text: z.string(),
  section: SectionKindSchema,
  /** True when the bullet belongs to a role whose dates end in "Present"/"Current". */
  current: z.boolean(),
});
export type ResumeBullet = z.infer<typeof ResumeBulletSchema>;

export const ResumeSectionSchema = z.object({
  heading: z.string(),
  kind: SectionKindSchema,
  bullets: z.array(ResumeBulletSchema),
});
export type ResumeSection = z.infer<typeof ResumeSectionSchema>;

/** Input of the CLI's .json form: an array of strings or of objects with `text`. */
export const BulletListFileSchema = z.array(
  z.union([z.string(), z.looseObject({ text: z.string() })]),
);

/** Longest resume kept (characters); imports and the editor say so rather than lose text. */
export const maxResumeChars = 2_000_000;

/** The resume saved in IndexedDB (one row, id "current"). */
export const SavedResumeSchema = z.object({
  id: z.literal('current'),
  text: z.string().check(z.maxLength(maxResumeChars)),
  fileName: z._default(z.string().check(z.maxLength(300)), ''),
  updatedAt: z.number(),
});
export type SavedResume = z.infer<typeof SavedResumeSchema>;

/** What every bullet rule sees: the text, its words, its opener and where it sits. */
/** What a rule reads: the line's one reading, and where the line is. */
export interface BulletInput extends LineReading {
  /** True inside the current role, where present tense is right. */
  current: boolean;
  /** The role family of the posting the resume is checked against, when one is open. */
  family?: RoleFamily;
}

export interface BulletRule {
  id: RuleId;
  check: (input: BulletInput) => Finding | undefined;
}
