import { browser } from 'wxt/browser';
import { getDb } from './db';

/**
 * "Delete all my data": empties every table of the LoopReady database in one transaction, and the
 * extension's own browser storage (a pending "Check with LoopReady" selection). Nothing else
 * holds user data: no server, no sync.
 */
export async function deleteAllData(): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
  await browser.storage.local.clear();
  await browser.storage.session?.clear();
}
