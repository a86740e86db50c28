import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LoopReadyDb, getDb, useDb } from '../../../lib/db/db';
import { deleteAllData } from '../../../lib/db/delete-all';
import { getProfile, saveProfile } from '../../../lib/db/profile';
import { loadResume, saveResume } from '../../../lib/db/resume';
import { listAttempts, saveAttempt } from '../../../lib/db/practice-attempts';
import { sampleAttempt } from './sample-attempt';

beforeEach(() => {
  useDb(new LoopReadyDb(`test-${Math.random()}`));
});

describe('deleteAllData', () => {
  it('leaves no profile, resume, story, practice attempt or pending selection behind', async () => {
    await saveProfile({ currentRole: 'SDE', yearsExperience: 3 });
    await saveResume('- Built a thing', 'cv.txt');
    await getDb().stories.put({ id: 's1', title: 'Outage', updatedAt: 1 });
    await saveAttempt(sampleAttempt);
    await fakeBrowser.storage.local.set({ 'loopready:selection': { text: 'x', at: 1 } });

    await deleteAllData();

    expect(await getProfile()).toBeNull();
    expect(await loadResume()).toBeUndefined();
    expect(await getDb().stories.count()).toBe(0);
    expect(await listAttempts()).toEqual([]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
