import type { ExtractResult } from './schema';
import { ExtractResultSchema } from './schema';
import { firstIssue } from '../text/zod-issue';

/**
 * Validates an extraction result received from outside (content script message, CLI loader)
 * against ExtractResultSchema; throws an Error naming the first bad field.
 */
export function parseExtractResult(raw: unknown): ExtractResult {
  const parsed = ExtractResultSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`invalid posting: ${firstIssue(parsed.error)}`);
  return parsed.data;
}
