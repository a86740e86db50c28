// zod/mini: the popup shows the opener and its bundle budget has no room for classic zod.
import * as z from 'zod/mini';
import { LevelBandSchema } from '../families/ids';

/** The profile is a single row in the `profiles` table; every reader and writer uses this key. */
export const profileRowId = 'me';

const text = (max: number) => z.string().check(z.trim(), z.maxLength(max));

/** An Amazon product or service the candidate really uses, and why: the specific "why Amazon". */
export const AmazonProductSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  why: z._default(text(500), ''),
});
export type AmazonProduct = z.infer<typeof AmazonProductSchema>;

/** The user's profile: the same shape in IndexedDB, the export file and `cli opener --profile`. */
export const ProfileSchema = z.object({
  currentRole: z._default(text(120), ''),
  yearsExperience: z._default(z.number().check(z.minimum(0), z.maximum(60)), 0),
  domain: z._default(text(160), ''),
  /** A band (L5) or a title-like label ("SDE II"); the opener words it for the posting. */
  targetLevel: z._default(z.union([LevelBandSchema, text(60)]), 'unknown'),
  amazonProducts: z._default(z.array(AmazonProductSchema).check(z.maxLength(20)), []),
  /** The candidate's own reason for Amazon, in their words. */
  reason: z._default(text(1_000), ''),
  /** Anything they want in every opener. */
  extra: z._default(text(1_000), ''),
});
export type Profile = z.infer<typeof ProfileSchema>;
