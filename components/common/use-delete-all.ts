import { useCallback, useState } from 'react';
import { deleteAllData } from '@/lib/db/delete-all';

export type DeleteState = 'idle' | 'deleting' | 'done' | 'failed';

/**
 * The "Delete all my data" action and where it stands. `deletions` counts the deletes that
 * succeeded: a form keyed on it starts empty again, so a Save cannot write back what the page
 * just said was deleted.
 */
export function useDeleteAll(): { state: DeleteState; deleteAll: () => void; deletions: number } {
  const [state, setState] = useState<DeleteState>('idle');
  const [deletions, setDeletions] = useState(0);
  const deleteAll = useCallback(() => {
    setState('deleting');
    deleteAllData().then(
      () => {
        setDeletions((n) => n + 1);
        setState('done');
      },
      () => setState('failed'),
    );
  }, []);
  return { state, deleteAll, deletions };
}
