import { useCallback, useEffect, useState } from 'react';
import { persistenceStatus, requestPersistence, type PersistStatus } from '@/lib/db/persist';

/**
 * Whether the browser keeps our data under storage pressure. Asks for persistence once when the
 * view opens; `request` lets the user ask again.
 */
export function usePersistence(): { status: PersistStatus | 'checking'; request: () => void } {
  const [status, setStatus] = useState<PersistStatus | 'checking'>('checking');
  const request = useCallback(() => {
    requestPersistence().then(setStatus, () => setStatus('unsupported'));
  }, []);
  useEffect(() => {
    let live = true;
    persistenceStatus()
      .then((s) => (s === 'not-persisted' ? requestPersistence() : s))
      .then(
        (s) => live && setStatus(s),
        () => live && setStatus('unsupported'),
      );
    return () => {
      live = false;
    };
  }, []);
  return { status, request };
}
