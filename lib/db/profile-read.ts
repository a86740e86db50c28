import { type Profile, ProfileSchema, profileRowId } from '../profile/schema';
import { databaseName } from './ids';

// Same table as db.ts; not imported from there, which would pull in Dexie.
const profilesStore = 'profiles';

/**
 * Reads the saved profile with plain IndexedDB, without Dexie, for the popup: its bundle budget
 * (300 kB) has no room for Dexie, and it only ever reads this one row. Opens the same
 * database Dexie manages (ids.ts), never creates or upgrades it, and closes at once so a
 * later Dexie upgrade is never blocked.
 */
export function readSavedProfile(
  factory: IDBFactory,
  dbName = databaseName,
): Promise<Profile | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(dbName);
    } catch {
      resolve(null);
      return;
    }
    // No database yet: abort so reading never creates an empty one.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(profilesStore)) {
        db.close();
        resolve(null);
        return;
      }
      const get = db
        .transaction(profilesStore, 'readonly')
        .objectStore(profilesStore)
        .get(profileRowId);
      get.onsuccess = () => {
        db.close();
        const parsed = ProfileSchema.safeParse(get.result ?? null);
        resolve(parsed.success ? parsed.data : null);
      };
      get.onerror = () => {
        db.close();
        resolve(null);
      };
    };
  });
}
