import * as z from 'zod/mini';
import { ExtractResultSchema } from '../posting/schema';
import { PostingAnalysisSchema } from '../analysis/schema';
import { envelopeMark } from './envelope';

/**
 * Every message, grouped by who handles it. Each has a request and a response schema;
 * client.ts parses both ends, handle.ts parses what arrives.
 */
export const contentProtocol = {
  /** Popup / side panel -> content script on an amazon.jobs job tab: what the page says. */
  getPosting: {
    request: z.object({}),
    response: ExtractResultSchema,
  },
} as const;

export const backgroundProtocol = {
  /** Content script -> background: a job page was read; the background sets the level badge. */
  postingRead: {
    request: ExtractResultSchema,
    response: z.object({ band: z.string() }),
  },
  /**
   * Popup / side panel -> background: read the job tab and analyse it. The analysis code lives in
   * the background so the popup stays within its size budget; null when the tab is not a job page.
   */
  analyzeTab: {
    request: z.object({ tabId: z.number().check(z.int(), z.positive()) }),
    response: z.nullable(
      z.object({ result: ExtractResultSchema, analysis: PostingAnalysisSchema }),
    ),
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
