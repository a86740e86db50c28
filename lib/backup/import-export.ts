import { z } from 'zod';
import {
  ExportFileSchema,
  exportFormat,
  exportVersion,
  type Bank,
  type ExportFile,
} from './bank-schema';
import { firstIssue } from '../text/zod-issue';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** The first id used twice in a list, as "stories[4].id: duplicate id 'x' (also stories[1])". */
export function findDuplicateId(rows: readonly { id: string }[], label: string): string | null {
  const first = new Map<string, number>();
  for (const [i, row] of rows.entries()) {
    const earlier = first.get(row.id);
    if (earlier !== undefined)
      return `${label}[${i}].id: duplicate id '${row.id}' (also ${label}[${earlier}])`;
    first.set(row.id, i);
  }
  return null;
}

function header(data: unknown): string | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return 'not a LoopReady export: expected a JSON object';
  const { format, version } = data as { format?: unknown; version?: unknown };
  if (format !== exportFormat)
    return `format: not a LoopReady export (expected '${exportFormat}', got ${JSON.stringify(format) ?? 'nothing'})`;
  if (typeof version === 'number' && version > exportVersion)
    return `version: this file is version ${version}, from a newer LoopReady; this one reads version ${exportVersion}`;
  if (version !== exportVersion)
    return `version: unsupported version ${JSON.stringify(version) ?? 'missing'} (expected ${exportVersion})`;
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
  if (!parsed.success) return { ok: false, error: firstIssue(parsed.error) };
  const file = parsed.data;
  const duplicate =
    findDuplicateId(file.stories, 'stories') ??
    findDuplicateId(file.postings, 'postings') ??
    findDuplicateId(file.plans, 'plans');
  return duplicate ? { ok: false, error: duplicate } : { ok: true, value: file };
}

export function parseExportText(text: string): Parsed<ExportFile> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      error: `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
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

export const importModes = ['merge', 'replace'] as const;
export const ImportModeSchema = z.enum(importModes);
export type ImportMode = z.infer<typeof ImportModeSchema>;

export interface ImportSummary {
  added: number;
  updated: number;
  kept: number;
}

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
  const summary: ImportSummary = { added: 0, updated: 0, kept: 0 };
  if (mode === 'replace') {
    summary.added = incoming.stories.length;
    return { bank: incoming, summary };
  }
  const stories = mergeById(
    current.stories,
    incoming.stories,
    (a, b) => a.updatedAt >= b.updatedAt,
    summary,
  );
  const counted = { added: 0, updated: 0, kept: 0 };
  return {
    bank: {
      stories,
      profile: current.profile ?? incoming.profile,
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
    },
    summary,
  };
}
