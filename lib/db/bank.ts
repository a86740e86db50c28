import { ProfileSchema, type Profile, profileRowId } from '../profile/schema';
import { SavedPlanSchema } from '../loop/plan-schema';
import { SavedPostingSchema, type Bank, type ExportFile } from '../backup/bank-schema';
import {
  buildExport,
  mergeBanks,
  parseExportFile,
  type ImportMode,
  type ImportSummary,
} from '../backup/import-export';
import { bankFingerprint, replaceImpact, type ReplaceImpact } from '../backup/replace-impact';
import { StorySchema } from '../stories/schema';
import { PracticeAttemptSchema } from '../practice/attempt-schema';
import { getDb, type LoopReadyDb } from './db';

function validRows<T>(
  rows: unknown[],
  parse: (row: unknown) => { success: boolean; data?: T },
): T[] {
  return rows.flatMap((row) => {
    const parsed = parse(row);
    return parsed.success && parsed.data !== undefined ? [parsed.data] : [];
  });
}

function byId<T extends { id: string }>(rows: T[]): T[] {
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The tables a backup covers; every read and write of the bank runs in one transaction over them. */
function bankTables(db: LoopReadyDb) {
  return [db.stories, db.profiles, db.postings, db.plans, db.practiceAttempts];
}

/** Reads the bank; call inside a transaction over bankTables(db). */
async function readBank(db: LoopReadyDb): Promise<Bank> {
  const [stories, profiles, postings, plans, attempts] = await Promise.all([
    db.stories.toArray(),
    db.profiles.toArray(),
    db.postings.toArray(),
    db.plans.toArray(),
    db.practiceAttempts.toArray(),
  ]);
  const profileRow = profiles.find((p) => p.id === profileRowId) ?? profiles[0];
  let profile: Profile | null = null;
  if (profileRow) {
    const { id: _id, ...fields } = profileRow;
    const parsed = ProfileSchema.safeParse(fields);
    profile = parsed.success ? parsed.data : null;
  }
  return {
    stories: byId(validRows(stories, (r) => StorySchema.safeParse(r))),
    profile,
    postings: byId(validRows(postings, (r) => SavedPostingSchema.safeParse(r))),
    plans: byId(validRows(plans, (r) => SavedPlanSchema.safeParse(r))),
    practiceAttempts: byId(validRows(attempts, (r) => PracticeAttemptSchema.safeParse(r))),
  };
}

/** The whole bank as one export file, read in a single transaction so it is consistent. */
export async function exportBank(now = new Date()): Promise<ExportFile> {
  const db = getDb();
  const bank = await db.transaction('r', bankTables(db), () => readBank(db));
  return buildExport(bank, now);
}

/**
 * What "Replace everything" with this file would remove from the bank as it is now, so the user
 * can be asked first. Validates the file the same way the import does.
 */
export async function previewReplace(
  data: unknown,
): Promise<{ ok: true; impact: ReplaceImpact } | { ok: false; error: string }> {
  const parsed = parseExportFile(data);
  if (!parsed.ok) return parsed;
  const { format: _f, version: _v, exportedAt: _e, ...incoming } = parsed.value;
  const db = getDb();
  const current = await db.transaction('r', bankTables(db), () => readBank(db));
  return { ok: true, impact: replaceImpact(current, incoming) };
}

/** `stale`: the bank changed since the question described it; nothing was written. */
export type ImportOutcome =
  { ok: true; summary: ImportSummary } | { ok: false; error: string; stale?: boolean };

const staleError =
  'your data changed since you were asked (another LoopReady page wrote to it); nothing was replaced';

/**
 * Imports an export file (already JSON-parsed): validates all of it first, then writes everything
 * in one transaction. A malformed or partly bad file changes nothing and the error names the first
 * bad field; a failure while writing rolls the whole import back.
 */
export async function importBank(
  data: unknown,
  mode: ImportMode,
  /** For a replace: the `state` of the impact the user confirmed; another state writes nothing. */
  confirmedState?: string,
): Promise<ImportOutcome> {
  const parsed = parseExportFile(data);
  if (!parsed.ok) return parsed;
  const { format: _f, version: _v, exportedAt: _e, ...incoming } = parsed.value;
  const db = getDb();
  const tables = bankTables(db);
  const summary = await db.transaction('rw', tables, async () => {
    const current = await readBank(db);
    if (confirmedState !== undefined && bankFingerprint(current) !== confirmedState) return null;
    const next = mergeBanks(current, incoming, mode);
    const profiles = await db.profiles.toArray();
    const profileId =
      profiles.find((p) => p.id === profileRowId)?.id ?? profiles[0]?.id ?? profileRowId;
    // Replace starts from empty tables; merge only puts rows, so nothing here is dropped.
    if (mode === 'replace') await Promise.all(tables.map((t) => t.clear()));
    await db.stories.bulkPut(next.bank.stories);
    await db.postings.bulkPut(next.bank.postings);
    await db.plans.bulkPut(next.bank.plans);
    await db.practiceAttempts.bulkPut(next.bank.practiceAttempts ?? []);
    if (next.bank.profile) await db.profiles.put({ ...next.bank.profile, id: profileId });
    return next.summary;
  });
  if (!summary) return { ok: false, stale: true, error: staleError };
  return { ok: true, summary };
}
