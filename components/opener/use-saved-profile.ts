import { useEffect, useState } from 'react';
import { readSavedProfile } from '@/lib/db/profile-read';
import type { Profile } from '@/lib/profile/schema';

export type SavedProfile =
  | { status: 'loading'; profile: null }
  | { status: 'none'; profile: null }
  | { status: 'ready'; profile: Profile };

/**
 * The saved profile, read without Dexie (the popup's budget), again whenever the page regains
 * focus so an edit made on the options page shows up without a reload.
 */
export function useSavedProfile(): SavedProfile {
  const [state, setState] = useState<SavedProfile>({ status: 'loading', profile: null });
  useEffect(() => {
    let live = true;
    const read = () => {
      readSavedProfile(indexedDB).then(
        (profile) =>
          live &&
          setState(profile ? { status: 'ready', profile } : { status: 'none', profile: null }),
        () => live && setState({ status: 'none', profile: null }),
      );
    };
    read();
    window.addEventListener('focus', read);
    return () => {
      live = false;
      window.removeEventListener('focus', read);
    };
  }, []);
  return state;
}
