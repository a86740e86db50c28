import { exportBank, importBank, previewReplace, type ImportOutcome } from '@/lib/db/bank';
import { parseExportText, serializeExport, type ImportMode } from '@/lib/backup/import-export';
import type { ReplaceImpact } from '@/lib/backup/replace-impact';

export interface BankApi {
  /** The whole bank as the text of an export file. */
  exportText: () => Promise<string>;
  /** Validates the file text, then imports it in one transaction; nothing changes on error. */
  importText: (text: string, mode: ImportMode, confirmedState?: string) => Promise<ImportOutcome>;
  /** What replacing the bank with this file would remove or overwrite; nothing is written. */
  previewReplaceText: (text: string) => Promise<ReplacePreview>;
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

const api: BankApi = {
  exportText: async () => serializeExport(await exportBank()),
  importText,
  previewReplaceText,
};

/** Export and import of the whole bank (stories, profile, saved postings, plans). */
export function useBank(): BankApi {
  return api;
}
