// zod/mini: the popup's bundle budget (300 kB with React) leaves no room for classic zod.
import * as z from 'zod/mini';
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
