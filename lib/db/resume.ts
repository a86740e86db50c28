import { SavedResumeSchema, type SavedResume } from '../resume/schema';
import { getDb } from './db';

/**
 * The user's resume, kept on this machine only (one row, id "current", in `resumes`).
 * Parsed with zod on write and on read; a row that no longer parses reads as "no resume".
 */

export async function loadResume(): Promise<SavedResume | undefined> {
  const row = await getDb().resumes.get('current');
  const parsed = SavedResumeSchema.safeParse(row);
  return parsed.success ? parsed.data : undefined;
}

export async function saveResume(
  text: string,
  fileName = '',
  now = Date.now(),
): Promise<SavedResume> {
  const resume = SavedResumeSchema.parse({ id: 'current', text, fileName, updatedAt: now });
  await getDb().resumes.put(resume);
  return resume;
}

/**
 * "Forget my resume": deletes the saved row and returns it as it was (for Undo), or undefined
 * when nothing readable was saved. Read and delete in one transaction, so what Undo puts back is
 * exactly what was deleted.
 */
export async function forgetResume(): Promise<SavedResume | undefined> {
  const db = getDb();
  return db.transaction('rw', db.resumes, async () => {
    const parsed = SavedResumeSchema.safeParse(await db.resumes.get('current'));
    await db.resumes.delete('current');
    return parsed.success ? parsed.data : undefined;
  });
}

/** Undo: puts a row back exactly, with the date it was saved (not the date of the undo). */
export async function restoreResume(resume: SavedResume): Promise<void> {
  await getDb().resumes.put(SavedResumeSchema.parse(resume));
}
