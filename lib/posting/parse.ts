import type { ExtractResult } from './schema';
import { ExtractResultSchema } from './schema';

/** The first problem zod found, as "path: message", for one-line error reports. */
export function describeIssue(error: {
  issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>;
}): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid input';
  const where = issue.path.map(String).join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}

/**
 * Validates an extraction result received from outside (content script message, CLI loader)
 * against ExtractResultSchema; throws an Error naming the first bad field.
 */
export function parseExtractResult(raw: unknown): ExtractResult {
  const parsed = ExtractResultSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`invalid posting: ${describeIssue(parsed.error)}`);
  return parsed.data;
}
