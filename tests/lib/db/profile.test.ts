import { beforeEach, describe, expect, it } from 'vitest';
import { LoopReadyDb, getDb, useDb } from '../../../lib/db/db';
import { getProfile, saveProfile } from '../../../lib/db/profile';

beforeEach(() => {
  useDb(new LoopReadyDb(`test-${Math.random()}`));
});

describe('profile repository', () => {
  it('has no profile until one is saved, then reads it back with defaults filled', async () => {
    expect(await getProfile()).toBeNull();
    await saveProfile({ currentRole: ' SRE ', yearsExperience: 4 });
    expect(await getProfile()).toEqual({
      currentRole: 'SRE',
      yearsExperience: 4,
      domain: '',
      targetLevel: 'unknown',
      amazonProducts: [],
      reason: '',
      extra: '',
    });
  });

  it('rejects a bad profile naming the field and keeps the saved one', async () => {
    await saveProfile({ currentRole: 'SRE' });
    await expect(saveProfile({ yearsExperience: -3 })).rejects.toThrow(/yearsExperience/);
    expect((await getProfile())?.currentRole).toBe('SRE');
  });

  it('treats a row that no longer parses as no profile', async () => {
    await getDb().profiles.put({ id: 'me', yearsExperience: 'lots' });
    expect(await getProfile()).toBeNull();
  });
});
