import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { listSavedPostings, savePosting } from '@/lib/db/postings';
import type { ExtractResult } from '@/lib/posting/schema';
import type { SavedPosting } from '@/lib/backup/bank-schema';

/**
 * Postings seen before, last seen first; `current` (the posting in the active tab) is kept too,
 * so a plan can be made for it later without the tab.
 */
export function useSavedPostings(current: ExtractResult | null): SavedPosting[] | undefined {
  useEffect(() => {
    if (current) void savePosting(current).catch(() => undefined);
  }, [current]);
  return useLiveQuery(listSavedPostings, []);
}
