import { useLiveQuery } from 'dexie-react-hooks';
import { listAttempts, saveAttempt } from '@/lib/db/practice-attempts';
import type { PracticeAttempt } from '@/lib/practice/attempt-schema';

export interface AttemptsApi {
  /** Every kept practice answer, oldest first; undefined while loading. */
  attempts: PracticeAttempt[] | undefined;
  save: (attempt: Omit<PracticeAttempt, 'id'>) => Promise<PracticeAttempt>;
}

/** Practice attempts from IndexedDB, live. */
export function useAttempts(): AttemptsApi {
  const attempts = useLiveQuery(listAttempts, []);
  return { attempts, save: (attempt) => saveAttempt(attempt) };
}
