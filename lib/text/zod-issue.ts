import type { z } from 'zod';

/** `["stories", 3, "lps", 0]` -> `stories[3].lps[0]`: the path a user can find in their file. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out ? `${out}.${name}` : name;
  }, '');
}

/** The first problem zod found, as "path: message" (just the message at the root). */
export function firstIssue(error: z.ZodError, prefix: readonly PropertyKey[] = []): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid input';
  const where = formatPath([...prefix, ...issue.path]);
  return where ? `${where}: ${issue.message}` : issue.message;
}
