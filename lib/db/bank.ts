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
import { MockLoopSchema } from '../practice/mock-loop/schema';
import { OaSessionSchema } from '../practice/oa/schema';
import { PrepStateSchema } from '../prep/prep-state-schema';
import { SavedResumeSchema } from '../resume/schema';
import type { BackupRecording } from '../backup/bank-schema';
import { getDb, type LoopReadyDb } from './db';
import { RecordingSchema, type Recording } from './recordings';
import { trashResumeIn } from './trash';

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
  return [
    db.stories,
    db.profiles,
    db.postings,
    db.plans,
    db.practiceAttempts,
    db.resumes,
    db.prepPlans,
    db.recordings,
    db.trash,
    db.oaSessions,
    db.mockLoops,
  ];
}

/** What Replace empties first; the resume, prep plan and recordings follow the file (see writeOwnedRows). */
function replacedTables(db: LoopReadyDb) {
  return [
    db.stories,
    db.profiles,
    db.postings,
    db.plans,
    db.practiceAttempts,
    db.oaSessions,
    db.mockLoops,
  ];
}

const prepKey = 'me';

function toBase64(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let binary = '';
  for (let i = 0; i < view.length; i += 0x8000)
    binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): ArrayBuffer {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

const toBackup = ({ bytes, ...rest }: Recording): BackupRecording => ({
  ...rest,
  audioBase64: toBase64(bytes),
});
const fromBackup = ({ audioBase64, ...rest }: BackupRecording): Recording =>
  RecordingSchema.parse({ ...rest, bytes: fromBase64(audioBase64) });

async function readRecordings(db: LoopReadyDb): Promise<Recording[]> {
  return byId(validRows(await db.recordings.toArray(), (r) => RecordingSchema.safeParse(r)));
}

/** How many recordings are kept and their audio bytes, for "include recordings (12 MB)". */
export async function recordingsSize(): Promise<{ count: number; bytes: number }> {
  const rows = await readRecordings(getDb());
  return { count: rows.length, bytes: rows.reduce((sum, r) => sum + r.bytes.byteLength, 0) };
}

/** Reads the bank; call inside a transaction over bankTables(db). */
async function readBank(db: LoopReadyDb): Promise<Bank> {
  const [stories, profiles, postings, plans, attempts, resume, prep, oaSessions, mockLoops] =
    await Promise.all([
      db.stories.toArray(),
      db.profiles.toArray(),
      db.postings.toArray(),
      db.plans.toArray(),
      db.practiceAttempts.toArray(),
      db.resumes.get('current'),
      db.prepPlans.get(prepKey),
      db.oaSessions.toArray(),
      db.mockLoops.toArray(),
    ]);
  const savedResume = SavedResumeSchema.safeParse(resume);
  const savedPrep = PrepStateSchema.safeParse(prep ?? {});
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
    oaSessions: byId(validRows(oaSessions, (r) => OaSessionSchema.safeParse(r))),
    mockLoops: byId(validRows(mockLoops, (r) => MockLoopSchema.safeParse(r))),
    resume: savedResume.success ? savedResume.data : null,
    ...(savedPrep.success ? { prep: savedPrep.data } : {}),
  };
}

/**
 * Everything the user made as one export file, read in a single transaction so it is consistent:
 * stories, profile, resume, prep plan, plans, postings, practice answers, and the kept recordings
 * when `withRecordings` (their audio can be large, so the user chooses).
 */
export async function exportBank(now = new Date(), withRecordings = false): Promise<ExportFile> {
  const db = getDb();
  const bank = await db.transaction('r', bankTables(db), async () => {
    const read = await readBank(db);
    if (!withRecordings) return read;
    return { ...read, recordings: (await readRecordings(db)).map(toBackup) };
  });
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

interface OwnedRows {
  current: Bank;
  next: Bank;
  incoming: Bank;
  recordings: Recording[];
  mode: ImportMode;
}

/**
 * The resume, prep plan and recordings of an import. A file without them (an older backup) leaves
 * them as they are, even under Replace; a resume the file replaces goes to Recently deleted.
 */
async function writeOwnedRows(db: LoopReadyDb, rows: OwnedRows): Promise<void> {
  const { current, next, incoming, recordings, mode } = rows;
  if (incoming.resume !== undefined && next.resume?.text !== current.resume?.text) {
    if (current.resume) await trashResumeIn(db, current.resume, Date.now());
    if (next.resume) await db.resumes.put(next.resume);
    else await db.resumes.delete('current');
  }
  if (incoming.prep !== undefined && next.prep)
    await db.prepPlans.put({ ...next.prep, id: prepKey });
  if (incoming.recordings === undefined) return;
  if (mode === 'replace') await db.recordings.clear();
  const here = new Set(await db.recordings.toCollection().primaryKeys());
  await db.recordings.bulkPut(recordings.filter((r) => !here.has(r.id)));
}

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
  // Audio decoded before the transaction opens: a bad recording fails the import, writing nothing.
  const recordings = (incoming.recordings ?? []).map(fromBackup);
  const summary = await db.transaction('rw', tables, async () => {
    const current = await readBank(db);
    if (confirmedState !== undefined && bankFingerprint(current) !== confirmedState) return null;
    const next = mergeBanks(current, incoming, mode);
    const profiles = await db.profiles.toArray();
    const profileId =
      profiles.find((p) => p.id === profileRowId)?.id ?? profiles[0]?.id ?? profileRowId;
    // Replace starts from empty tables; merge only puts rows, so nothing here is dropped.
    if (mode === 'replace') await Promise.all(replacedTables(db).map((t) => t.clear()));
    await db.stories.bulkPut(next.bank.stories);
    await db.postings.bulkPut(next.bank.postings);
    await db.plans.bulkPut(next.bank.plans);
    await db.practiceAttempts.bulkPut(next.bank.practiceAttempts ?? []);
    await db.oaSessions.bulkPut(next.bank.oaSessions ?? []);
    await db.mockLoops.bulkPut(next.bank.mockLoops ?? []);
    if (next.bank.profile) await db.profiles.put({ ...next.bank.profile, id: profileId });
    await writeOwnedRows(db, { current, next: next.bank, incoming, recordings, mode });
    return next.summary;
  });
  if (!summary) return { ok: false, stale: true, error: staleError };
  return { ok: true, summary };
}
