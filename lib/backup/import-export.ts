import * as z from 'zod/mini';
import {
  ExportFileSchema,
  exportFormat,
  exportVersion,
  type Bank,
  type ExportFile,
} from './bank-schema';
import { firstIssue, formatPath, type ZodErrorLike } from '../text/zod-issue';
import { jsonProblem } from '../text/json-problem';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** The first id used twice in a list, as "stories[4].id: duplicate id 'x' (also stories[1])". */
export function findDuplicateId(rows: readonly { id: string }[], label: string): string | null {
  return firstDuplicate(rows, label)?.message ?? null;
}

/**
 * A problem with where it sits in the file: the top-level key's position, then the record's
 * index. Comparing these lets the error name the first problem in file order, whichever check
 * (a field or a duplicate id) found it.
 */
export interface Located {
  at: readonly number[];
  message: string;
}

const earlier = (a: Located, b: Located): boolean => {
  for (let i = 0; i < Math.max(a.at.length, b.at.length); i++) {
    const x = a.at[i] ?? -1;
    const y = b.at[i] ?? -1;
    if (x !== y) return x < y;
  }
  return false;
};

/** The problem that comes first in the file; on a tie, the one listed first. */
export function firstInFileOrder(problems: readonly (Located | null)[]): Located | null {
  let best: Located | null = null;
  for (const p of problems) if (p && (!best || earlier(p, best))) best = p;
  return best;
}

/**
 * The first record whose id repeats an earlier one, read from the raw rows (before field
 * validation, so a duplicate at [1] is found even when [4] has a bad field).
 */
export function firstDuplicate(
  rows: unknown,
  label: string,
  at: readonly number[] = [],
): Located | null {
  if (!Array.isArray(rows)) return null;
  const first = new Map<string, number>();
  for (const [i, row] of (rows as unknown[]).entries()) {
    const id: unknown =
      typeof row === 'object' && row !== null ? (row as { id?: unknown }).id : null;
    if (typeof id !== 'string') continue;
    const seen = first.get(id);
    if (seen !== undefined)
      return {
        at: [...at, i],
        message: `${label}[${i}].id: duplicate id '${id}' (also ${label}[${seen}])`,
      };
    first.set(id, i);
  }
  return null;
}

/** Every zod issue, placed in the file by `where` (top-level key, then record index). */
export function locatedIssues(
  error: ZodErrorLike,
  where: (path: readonly PropertyKey[]) => number[],
  prefix: readonly PropertyKey[] = [],
): Located[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    const label = formatPath(path);
    return { at: where(issue.path), message: label ? `${label}: ${issue.message}` : issue.message };
  });
}

function header(data: unknown): string | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return 'the file is not a LoopReady export; it holds a list or a single value, not an export';
  const { format, version } = data as { format?: unknown; version?: unknown };
  if (format !== exportFormat)
    return typeof format === 'string' && format.trim()
      ? `the file is not a LoopReady export; it says it is “${format.slice(0, 60)}”. Choose a file saved with “Export all (JSON)”`
      : 'the file is not a LoopReady export; it has no LoopReady header. Choose a file saved with “Export all (JSON)”';
  if (typeof version === 'number' && version > exportVersion)
    return `the file is version ${version}, from a newer LoopReady; this one reads version ${exportVersion}. Update LoopReady, then import it again`;
  if (version !== exportVersion)
    return version === undefined
      ? `the file has no version number; LoopReady reads version ${exportVersion}`
      : `the file's version (${JSON.stringify(version).slice(0, 40)}) is not one LoopReady reads; it reads version ${exportVersion}`;
  return null;
}

/**
 * Validates a whole export file before anything is written: header, every field (zod), and ids
 * unique per list. The error names the first bad field, e.g.
 * "stories[3].lps[0]: unknown principle 'ownersihp'".
 */
export function parseExportFile(data: unknown): Parsed<ExportFile> {
  const headerError = header(data);
  if (headerError) return { ok: false, error: headerError };
  const parsed = ExportFileSchema.safeParse(data);
  // Problems are ranked by where they sit in the file: top-level keys in the file's own order.
  const keys = Object.keys(data as object);
  const keyAt = (key: PropertyKey) => keys.indexOf(String(key));
  const where = (path: readonly PropertyKey[]) =>
    typeof path[1] === 'number' ? [keyAt(path[0]!), path[1]] : [keyAt(path[0] ?? '')];
  const raw = data as Record<string, unknown>;
  const first = firstInFileOrder([
    ...(parsed.success ? [] : locatedIssues(parsed.error, where)),
    ...(
      ['stories', 'postings', 'plans', 'practiceAttempts', 'oaSessions', 'mockLoops'] as const
    ).map((key) => firstDuplicate(raw[key], key, [keyAt(key)])),
  ]);
  if (first) return { ok: false, error: first.message };
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.error) };
  return { ok: true, value: parsed.data };
}

export function parseExportText(text: string): Parsed<ExportFile> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      error: `the file is not valid JSON; ${jsonProblem(error)}`,
    };
  }
  return parseExportFile(data);
}

export function buildExport(bank: Bank, now: Date): ExportFile {
  return { format: exportFormat, version: exportVersion, exportedAt: now.toISOString(), ...bank };
}

/** Pretty JSON for the download; parseExportText reads it back to the same bank. */
export function serializeExport(file: ExportFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Largest backup file read at all. A year of stories, plans and practice answers is a few
 * megabytes; a 700 MB file took 2.4 GB of memory before it was called "not valid JSON".
 */
export const maxBackupBytes = 50 * 1024 * 1024;

/** Why a backup file of `size` bytes is not read, or undefined; checked before reading it. */
export function backupTooLarge(name: string, size: number): string | undefined {
  if (size <= maxBackupBytes) return undefined;
  const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  return `"${name}" is ${mb(size)}, over the ${mb(maxBackupBytes)} LoopReady reads from a backup file`;
}

export const importModes = ['merge', 'replace'] as const;
export const ImportModeSchema = z.enum(importModes);
export type ImportMode = z.infer<typeof ImportModeSchema>;

/** Kinds of data an import can remove, each counted (the profile is 0 or 1). */
export const bankKinds = ['stories', 'profile', 'postings', 'plans', 'practiceAttempts'] as const;
export type BankKind = (typeof bankKinds)[number];
export type KindCounts = Record<BankKind, number>;

/** Stories added, updated and kept by the import; rows of every kind it removed. */
export interface ImportSummary {
  added: number;
  updated: number;
  kept: number;
  removed: KindCounts;
}

export const noneRemoved = (): KindCounts => ({
  stories: 0,
  profile: 0,
  postings: 0,
  plans: 0,
  practiceAttempts: 0,
});

const missingFrom = (current: readonly { id: string }[], incoming: readonly { id: string }[]) => {
  const ids = new Set(incoming.map((r) => r.id));
  return current.filter((r) => !ids.has(r.id)).length;
};

/**
 * What "Replace everything" with `incoming` would remove from `current`: rows whose id is not in
 * the file, and the profile when the file has none. Shown before the user confirms.
 */
export function replaceRemovals(current: Bank, incoming: Bank): KindCounts {
  return {
    stories: missingFrom(current.stories, incoming.stories),
    profile: current.profile && !incoming.profile ? 1 : 0,
    postings: missingFrom(current.postings, incoming.postings),
    plans: missingFrom(current.plans, incoming.plans),
    practiceAttempts: missingFrom(current.practiceAttempts ?? [], incoming.practiceAttempts ?? []),
  };
}

export const removesAnything = (counts: KindCounts): boolean =>
  bankKinds.some((k) => counts[k] > 0);

function mergeById<T extends { id: string }>(
  current: readonly T[],
  incoming: readonly T[],
  newer: (a: T, b: T) => boolean,
  summary: ImportSummary,
): T[] {
  const byId = new Map(current.map((row) => [row.id, row]));
  for (const row of incoming) {
    const existing = byId.get(row.id);
    if (!existing) summary.added += 1;
    else if (newer(row, existing)) summary.updated += 1;
    else {
      summary.kept += 1;
      continue;
    }
    byId.set(row.id, row);
  }
  return [...byId.values()];
}

const hasPrep = (prep: Bank['prep']): boolean =>
  prep !== undefined &&
  (prep.interviewDate !== '' || prep.done.length > 0 || prep.stage !== 'applied');

/**
 * The bank after an import. `replace` takes the file as it is. `merge` keeps everything already
 * here and adds the file's rows; for an id on both sides the more recently changed row wins (the
 * file's on a tie), and the file's profile is used only when there is none here yet.
 */
export function mergeBanks(
  current: Bank,
  incoming: Bank,
  mode: ImportMode,
): { bank: Bank; summary: ImportSummary } {
  const summary: ImportSummary = { added: 0, updated: 0, kept: 0, removed: noneRemoved() };
  if (mode === 'replace') {
    // Every story in the file lands as it is: new ids are added, ids already here are updated.
    const here = new Set(current.stories.map((s) => s.id));
    summary.updated = incoming.stories.filter((s) => here.has(s.id)).length;
    summary.added = incoming.stories.length - summary.updated;
    summary.removed = replaceRemovals(current, incoming);
    return { bank: incoming, summary };
  }
  const stories = mergeById(
    current.stories,
    incoming.stories,
    (a, b) => a.updatedAt >= b.updatedAt,
    summary,
  );
  const counted = { added: 0, updated: 0, kept: 0, removed: noneRemoved() };
  return {
    bank: {
      stories,
      profile: current.profile ?? incoming.profile,
      // Like the profile: the file's resume and prep plan fill in only what is not here yet.
      resume: current.resume ?? incoming.resume,
      prep: hasPrep(current.prep) ? current.prep : (incoming.prep ?? current.prep),
      postings: mergeById(
        current.postings,
        incoming.postings,
        (a, b) => a.seenAt >= b.seenAt,
        counted,
      ),
      plans: mergeById(
        current.plans,
        incoming.plans,
        (a, b) => a.updatedAt >= b.updatedAt,
        counted,
      ),
      // An attempt never changes after it is written, so a merge only adds the file's new ones.
      practiceAttempts: mergeById(
        current.practiceAttempts ?? [],
        incoming.practiceAttempts ?? [],
        () => false,
        counted,
      ),
      // A set or loop changes as it is played: the more recently touched copy wins.
      oaSessions: mergeById(
        current.oaSessions ?? [],
        incoming.oaSessions ?? [],
        (a, b) => a.updatedAt >= b.updatedAt,
        counted,
      ),
      mockLoops: mergeById(
        current.mockLoops ?? [],
        incoming.mockLoops ?? [],
        (a, b) => a.updatedAt >= b.updatedAt,
        counted,
      ),
    },
    summary,
  };
}

const kindWords: Record<Exclude<BankKind, 'profile'>, [string, string]> = {
  stories: ['story', 'stories'],
  postings: ['saved posting', 'saved postings'],
  plans: ['plan', 'plans'],
  practiceAttempts: ['practice answer', 'practice answers'],
};

/** "3 stories, your profile and 1 saved posting"; empty when nothing is counted. */
export function describeCounts(counts: KindCounts): string {
  const parts = bankKinds.flatMap((k) => {
    const n = counts[k];
    if (n === 0) return [];
    if (k === 'profile') return ['your profile'];
    const [one, many] = kindWords[k];
    return [`${n} ${n === 1 ? one : many}`];
  });
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
}

/** What a backup holds, for the status after Export: "4 stories, your profile and your resume". */
export function describeBackup(file: Bank): string {
  const n = (count: number, one: string, many: string) =>
    count > 0 ? [`${count} ${count === 1 ? one : many}`] : [];
  const parts = [
    ...n(file.stories.length, 'story', 'stories'),
    ...(file.profile ? ['your profile'] : []),
    ...(file.resume ? ['your resume'] : []),
    ...(hasPrep(file.prep) ? ['your prep plan'] : []),
    ...n(file.plans.length, 'plan', 'plans'),
    ...n(file.postings.length, 'saved posting', 'saved postings'),
    ...n(file.practiceAttempts?.length ?? 0, 'practice answer', 'practice answers'),
    ...n(file.recordings?.length ?? 0, 'recording', 'recordings'),
  ];
  if (parts.length === 0) return 'nothing yet';
  if (parts.length === 1) return parts[0]!;
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
}

/** The status after an import: what was added, updated, kept and removed. */
export function importStatus(summary: ImportSummary): string {
  const removed = describeCounts(summary.removed);
  return `Imported: ${summary.added} added, ${summary.updated} updated, ${summary.kept} kept as they were; ${removed ? `removed ${removed}` : 'nothing removed'}.`;
}
