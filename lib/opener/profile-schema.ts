import { z } from 'zod';
import { LevelBandSchema } from '../posting/schema';

/** An Amazon product or service the candidate really uses, and why: the specific "why Amazon". */
export const AmazonProductSchema = z.object({
  name: z.string().trim().min(1).max(120),
  why: z.string().trim().max(500).default(''),
});
export type AmazonProduct = z.infer<typeof AmazonProductSchema>;

/** The user's profile: the same shape in IndexedDB, the export file and `cli opener --profile`. */
export const ProfileSchema = z.object({
  currentRole: z.string().trim().max(120).default(''),
  yearsExperience: z.number().min(0).max(60).default(0),
  domain: z.string().trim().max(160).default(''),
  /** A band (L5) or a title-like label ("SDE II"); the opener words it for the posting. */
  targetLevel: z.union([LevelBandSchema, z.string().trim().max(60)]).default('unknown'),
  amazonProducts: z.array(AmazonProductSchema).max(20).default([]),
  /** The candidate's own reason for Amazon, in their words. */
  reason: z.string().trim().max(1_000).default(''),
  /** Anything they want in every opener. */
  extra: z.string().trim().max(1_000).default(''),
});
export type Profile = z.infer<typeof ProfileSchema>;
