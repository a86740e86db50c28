import { useLiveQuery } from 'dexie-react-hooks';
import {
  deleteRecording,
  listRecordings,
  saveRecording,
  type Recording,
} from '@/lib/db/recordings';

export interface KeepRequest {
  blob: Blob;
  question: string;
  storyTitle: string;
  durationMs: number;
}

export interface RecordingsApi {
  recordings: Recording[] | undefined;
  /** Saves a recording to IndexedDB; returns its id. Only called when the user ticks "keep". */
  keep: (request: KeepRequest) => Promise<string>;
  forget: (id: string) => Promise<void>;
}

async function keep({ blob, question, storyTitle, durationMs }: KeepRequest): Promise<string> {
  const saved = await saveRecording({
    question,
    storyTitle,
    durationMs: Math.round(durationMs),
    mimeType: blob.type || 'audio/webm',
    bytes: await blob.arrayBuffer(),
    createdAt: Date.now(),
  });
  return saved.id;
}

/** Kept practice recordings, live. */
export function useRecordings(): RecordingsApi {
  const recordings = useLiveQuery(listRecordings, []);
  return { recordings, keep, forget: deleteRecording };
}
