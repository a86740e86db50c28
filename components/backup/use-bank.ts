import { useLiveQuery } from 'dexie-react-hooks';
import {
  exportBank,
  importBank,
  previewReplace,
  recordingsSize,
  type ImportOutcome,
} from '@/lib/db/bank';
import {
  describeBackup,
  parseExportText,
  serializeExport,
  type ImportMode,
} from '@/lib/backup/import-export';
import type { ReplaceImpact } from '@/lib/backup/replace-impact';

export interface BankApi {
  /** Everything as the text of an export file (recordings when asked), and what it holds. */
  exportText: (withRecordings?: boolean) => Promise<ExportedFile>;
  /** Kept recordings and their audio bytes (live), for "Include recordings (2 MB)". */
  recordings: { count: number; bytes: number } | undefined;
  /** Validates the file text, then imports it in one transaction; nothing changes on error. */
  importText: (text: string, mode: ImportMode, confirmedState?: string) => Promise<ImportOutcome>;
  /** What replacing the bank with this file would remove or overwrite; nothing is written. */
  previewReplaceText: (text: string) => Promise<ReplacePreview>;
}

export interface ExportedFile {
  text: string;
  /** "4 stories, your resume and 2 recordings". */
  holds: string;
}

export type ReplacePreview = { ok: true; impact: ReplaceImpact } | { ok: false; error: string };

async function previewReplaceText(text: string): Promise<ReplacePreview> {
  const parsed = parseExportText(text);
  return parsed.ok ? previewReplace(parsed.value) : parsed;
}

async function importText(
  text: string,
  mode: ImportMode,
  confirmedState?: string,
): Promise<ImportOutcome> {
  const parsed = parseExportText(text);
  if (!parsed.ok) return parsed;
  try {
    return await importBank(parsed.value, mode, confirmedState);
  } catch (error) {
    return {
      ok: false,
      error: `could not write the import (${error instanceof Error ? error.message : String(error)}); nothing was changed`,
    };
  }
}

async function exportText(withRecordings = false): Promise<ExportedFile> {
  const file = await exportBank(new Date(), withRecordings);
  return { text: serializeExport(file), holds: describeBackup(file) };
}

/** Export and import of everything the user made (see lib/db/bank.ts). */
export function useBank(): BankApi {
  const recordings = useLiveQuery(recordingsSize, []);
  return { exportText, importText, previewReplaceText, recordings };
}
