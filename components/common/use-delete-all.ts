import { useCallback, useState } from 'react';
import { deleteAllData } from '@/lib/db/delete-all';

export type DeleteState = 'idle' | 'deleting' | 'done' | 'failed';

/** The "Delete all my data" action and where it stands. */
export function useDeleteAll(): { state: DeleteState; deleteAll: () => void } {
  const [state, setState] = useState<DeleteState>('idle');
  const deleteAll = useCallback(() => {
    setState('deleting');
    deleteAllData().then(
      () => setState('done'),
      () => setState('failed'),
    );
  }, []);
  return { state, deleteAll };
}
