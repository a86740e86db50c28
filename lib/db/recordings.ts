import * as z from 'zod/mini';
import '../text/zod-english';
import { getDb } from './db';

/**
 * Practice recordings the user chose to keep. Audio stays on this machine: it is written here
 * only when the user ticks "keep", and never leaves IndexedDB. Stored as bytes plus MIME type so
 * every IndexedDB implementation can clone it.
 */
export const RecordingSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  /** The question answered, as shown then. */
  question: z.string().check(z.maxLength(500)),
  storyTitle: z._default(z.string().check(z.maxLength(200)), ''),
  mimeType: z.string().check(z.maxLength(100)),
  bytes: z.instanceof(ArrayBuffer),
  durationMs: z.int().check(z.nonnegative()),
  createdAt: z.int().check(z.nonnegative()),
});
export type Recording = z.infer<typeof RecordingSchema>;

/** Caps one recording: ten minutes of compressed audio is far below this. */
export const maxRecordingBytes = 20_000_000;

export async function saveRecording(
  input: Omit<Recording, 'id'>,
  id: string = crypto.randomUUID(),
): Promise<Recording> {
  const recording = RecordingSchema.parse({ ...input, id });
  if (recording.bytes.byteLength > maxRecordingBytes)
    throw new Error('recording is too large to keep');
  await getDb().recordings.put(recording);
  return recording;
}

/** Kept recordings, newest first; rows that no longer parse are skipped. */
export async function listRecordings(): Promise<Recording[]> {
  const rows = await getDb().recordings.orderBy('createdAt').reverse().toArray();
  return rows.flatMap((row) => {
    const parsed = RecordingSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function deleteRecording(id: string): Promise<void> {
  await getDb().recordings.delete(id);
}
