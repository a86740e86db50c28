import { useLiveQuery } from 'dexie-react-hooks';
import { getProfile, saveProfile } from '@/lib/db/profile';
import type { Profile } from '@/lib/profile/schema';

export interface ProfileApi {
  /** undefined while loading, null when none is saved yet. */
  profile: Profile | null | undefined;
  /** Parses and saves; rejects with a zod error naming the bad field. */
  save: (input: unknown) => Promise<Profile>;
}

/** The profile, live from IndexedDB (options page and side panel). */
export function useProfile(): ProfileApi {
  const profile = useLiveQuery(getProfile, [], undefined);
  return { profile, save: saveProfile };
}
