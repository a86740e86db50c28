import * as z from 'zod/mini';
import '../text/zod-english';
import { principleIds, type PrincipleId } from '../principles/ids';
import { PrincipleIdSchema } from '../principles/schema';

/** Caps keep one pasted novel from slowing every view; a 2-minute answer is about 300 words. */
export const storyCaps = { id: 100, short: 200, part: 6_000, tags: 20, tag: 60 } as const;

/** "Customer Obsession" or "Are Right, A Lot" -> the id; an id stays as it is. */
export function principleSlug(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A principle id, also accepting the official name as hand-written files often use it. */
const StoryPrincipleSchema = z.pipe(
  z.transform((value: unknown) => (typeof value === 'string' ? principleSlug(value) : value)),
  PrincipleIdSchema,
);

/** Milliseconds since the epoch; an ISO date string (hand-written files) is converted. */
const TimestampSchema = z.pipe(
  z.transform((value: unknown) => {
    if (typeof value !== 'string') return value;
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? value : ms;
  }),
  z.int().check(z.nonnegative()),
);

/** The four parts of a STAR answer, in the order they are told. */
export const starParts = ['situation', 'task', 'action', 'result'] as const;
export type StarPart = (typeof starParts)[number];

/** "required" when the field is absent, zod's own message ("expected string") otherwise. */
const requiredText = (...checks: z.core.$ZodCheck<string>[]) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'required' : undefined) })
    .check(z.trim(), ...checks);
const part = requiredText(z.maxLength(storyCaps.part));
const short = z.string().check(z.trim(), z.maxLength(storyCaps.short));

/**
 * One STAR story in the bank. The same shape lives in IndexedDB, the export file and the CLI input;
 * project, period, tags and the timestamps default so a hand-written JSON array needs only the rest.
 * `lps` are the principles the user tagged it for (1-3); `tags` are free words of their own.
 */
export const StorySchema = z.object({
  id: requiredText(z.minLength(1, 'a story needs an id'), z.maxLength(storyCaps.id)),
  title: requiredText(z.minLength(1, 'a story needs a title'), z.maxLength(storyCaps.short)),
  project: z._default(short, ''),
  period: z._default(short, ''),
  situation: part,
  task: part,
  action: part,
  result: part,
  lps: z
    .array(StoryPrincipleSchema, {
      error: (issue) => (issue.input === undefined ? 'required' : undefined),
    })
    .check(
      z.minLength(1, 'tag the story with at least one principle'),
      z.maxLength(3, 'tag the story with at most 3 principles'),
      z.refine((lps) => new Set(lps).size === lps.length, 'a principle is listed twice'),
    ),
  tags: z._default(
    z
      .array(z.string().check(z.trim(), z.minLength(1), z.maxLength(storyCaps.tag)))
      .check(z.maxLength(storyCaps.tags)),
    [],
  ),
  /** Milliseconds since the epoch. */
  createdAt: z._default(TimestampSchema, 0),
  updatedAt: z._default(TimestampSchema, 0),
});
export type Story = z.infer<typeof StorySchema>;
export type StoryInput = z.input<typeof StorySchema>;

/** What the story form edits: everything but the id and timestamps, which the bank sets. */
export const StoryDraftSchema = z.omit(StorySchema, { id: true, createdAt: true, updatedAt: true });
export type StoryDraft = z.infer<typeof StoryDraftSchema>;

export function emptyDraft(): StoryDraft {
  return {
    title: '',
    project: '',
    period: '',
    situation: '',
    task: '',
    action: '',
    result: '',
    lps: [],
    tags: [],
  };
}

/** The text a listener hears: the four STAR parts, in order. */
export function storyText(story: Pick<Story, StarPart>): string {
  return starParts.map((p) => story[p]).join('\n');
}

export function isPrincipleId(value: string): value is PrincipleId {
  return (principleIds as readonly string[]).includes(value);
}
