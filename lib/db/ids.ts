/**
 * The IndexedDB database LoopReady keeps everything in. Dexie manages it (db.ts); the popup's
 * profile reader (profile-read.ts) opens it with plain IndexedDB, so the name lives here, in a file
 * that pulls in neither.
 */
export const databaseName = 'loopready';
