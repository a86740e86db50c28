import { useLiveQuery } from 'dexie-react-hooks';
import { listOaSessions, saveOaSession } from '@/lib/db/oa-sessions';
import type { OaSession } from '@/lib/practice/oa/schema';

export interface OaSessionsApi {
  /** Every kept OA practice set, last touched first; undefined while loading. */
  sessions: OaSession[] | undefined;
  save: (session: OaSession) => Promise<OaSession>;
}

/** OA practice sets from IndexedDB, live. */
export function useOaSessions(): OaSessionsApi {
  const sessions = useLiveQuery(listOaSessions, []);
  return { sessions, save: saveOaSession };
}
