import { beforeEach, describe, expect, it } from 'vitest';
import { LoopReadyDb, useDb } from '../../../lib/db/db';
import { saveProfile } from '../../../lib/db/profile';
import { readSavedProfile } from '../../../lib/db/profile-read';

let name = '';
beforeEach(() => {
  name = `test-${Math.random()}`;
  useDb(new LoopReadyDb(name));
});

describe('readSavedProfile', () => {
  it('reads the profile Dexie saved, without Dexie', async () => {
    await saveProfile({ currentRole: 'analyst', amazonProducts: [{ name: 'Audible' }] });
    const profile = await readSavedProfile(indexedDB, name);
    expect(profile?.currentRole).toBe('analyst');
    expect(profile?.amazonProducts).toEqual([{ name: 'Audible', why: '' }]);
  });

  it('gives null when there is no database, and does not create one', async () => {
    const missing = `absent-${Math.random()}`;
    expect(await readSavedProfile(indexedDB, missing)).toBeNull();
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain(missing);
  });

  it('gives null when the database has no profile yet', async () => {
    await new LoopReadyDb(name).open();
    expect(await readSavedProfile(indexedDB, name)).toBeNull();
  });
});
