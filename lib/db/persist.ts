/**
 * Persistent storage: without it the browser may evict IndexedDB under disk pressure and the
 * story bank with it. Extension pages usually get it granted at once.
 */
export type PersistStatus = 'persisted' | 'not-persisted' | 'unsupported';

function storageManager(): StorageManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

export async function persistenceStatus(): Promise<PersistStatus> {
  const storage = storageManager();
  if (!storage?.persisted) return 'unsupported';
  return (await storage.persisted()) ? 'persisted' : 'not-persisted';
}

/** Asks once; returns what the browser decided (asking again after a grant is harmless). */
export async function requestPersistence(): Promise<PersistStatus> {
  const storage = storageManager();
  if (!storage?.persist) return 'unsupported';
  return (await storage.persist()) ? 'persisted' : 'not-persisted';
}
