import * as z from 'zod/mini';
import { ExtractResultSchema } from '../posting/schema';
import { envelopeMark } from './envelope';

/**
 * Every message, grouped by who handles it. Each has a request and a response schema;
 * client.ts parses both ends, handle.ts parses what arrives.
 */
export const backgroundProtocol = {
  /**
   * Content script -> background: what a page on amazon.jobs holds, sent when the page is read
   * and after each in-page navigation. The background analyses a job posting once, keeps it for
   * the tab (tab-posting.ts) and sets the level badge; the popup and side panel read that record.
   */
  postingRead: {
    request: ExtractResultSchema,
    response: z.object({ band: z.string() }),
  },
} as const;

export type Protocol = Record<string, { request: z.ZodMiniType; response: z.ZodMiniType }>;

export const EnvelopeSchema = z.object({
  loopready: z.literal(envelopeMark),
  name: z.string().check(z.maxLength(64)),
  payload: z.unknown(),
});
export type Envelope = z.infer<typeof EnvelopeSchema>;

export const ReplySchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof ReplySchema>;
