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

/** "Forget my resume": deletes the saved text. */
export async function forgetResume(): Promise<void> {
  await getDb().resumes.delete('current');
}
