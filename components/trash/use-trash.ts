import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { reloadSavedResume, settleResumeSaves } from '@/components/resume/use-resume';
import { listTrash, purgeTrash, restoreFromTrash, type TrashEntry } from '@/lib/db/trash';

export type { TrashEntry };

export interface TrashApi {
  /** undefined while the first read runs; live, so a delete in another panel shows here too. */
  entries: TrashEntry[] | undefined;
  restore: (id: string) => Promise<void>;
  /** What the last restore did, or why it failed. */
  status: string | null;
}

function restoredText(outcome: Awaited<ReturnType<typeof restoreFromTrash>>): string {
  if (outcome.kind === 'story')
    return outcome.asCopy
      ? `Restored “${outcome.story.title}” as a copy: a story with its id is in your bank again.`
      : `Restored “${outcome.story.title}”.`;
  return outcome.replaced
    ? 'Restored the resume; the one it replaced is in Recently deleted.'
    : 'Restored the resume.';
}

/** "Recently deleted": what is kept for 30 days, and putting one back. Purges old entries once. */
export function useTrash(): TrashApi {
  const entries = useLiveQuery(() => listTrash(), []);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    purgeTrash().catch(() => undefined);
  }, []);
  const restore = useCallback(async (id: string) => {
    try {
      // The box's last keystrokes land first, so the copy a restore replaces is the latest one.
      await settleResumeSaves();
      const outcome = await restoreFromTrash(id);
      if (outcome.kind === 'resume') await reloadSavedResume();
      setStatus(restoredText(outcome));
    } catch (error) {
      setStatus(
        `Couldn't restore it (${error instanceof Error ? error.message : String(error)}); nothing was changed.`,
      );
    }
  }, []);
  return { entries, restore, status };
}
