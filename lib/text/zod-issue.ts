/**
 * The one way LoopReady turns a zod failure into a sentence: the first issue, where it is
 * ("stories[3].lps[0]") and what is wrong. Typed by shape, so errors from zod and zod/mini both fit.
 */

export interface IssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}
export interface ZodErrorLike {
  readonly issues: readonly IssueLike[];
}

/** `["stories", 3, "lps", 0]` -> `stories[3].lps[0]`: the path a user can find in their file. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out ? `${out}.${name}` : name;
  }, '');
}

export interface FirstIssueOptions {
  /** Path segments before the issue's own path (the file's top-level key, say). */
  prefix?: readonly PropertyKey[];
  /** Named when the issue is at the root, instead of the bare message ("profile: ..."). */
  root?: string;
}

/** The first problem zod found, as "path: message" (just the message at the root, unless `root`). */
export function firstIssue(error: ZodErrorLike, options: FirstIssueOptions = {}): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid input';
  const where = formatPath([...(options.prefix ?? []), ...issue.path]) || options.root;
  return where ? `${where}: ${issue.message}` : issue.message;
}

/** The first problem's message alone, for forms whose messages already read as sentences. */
export function firstIssueMessage(error: ZodErrorLike, fallback = 'invalid input'): string {
  return error.issues[0]?.message ?? fallback;
}

/** Where the first problem is, or '' at the root. */
export function firstIssuePath(error: ZodErrorLike): string {
  return formatPath(error.issues[0]?.path ?? []);
}
