import { beforeEach, describe, expect, it } from 'vitest';
import { LoopReadyDb, useDb } from '../../../lib/db/db';
import { getPlanLocks, savePlanLocks } from '../../../lib/db/plans';

beforeEach(() => {
  useDb(new LoopReadyDb(`test-${Math.random()}`));
});

describe('plan locks', () => {
  it('remembers the locks per posting and starts empty', async () => {
    expect(await getPlanLocks('123')).toEqual([]);
    await savePlanLocks('123', [{ roundIndex: 2, lp: 'frugality', storyId: 'a' }]);
    await savePlanLocks('456', []);
    expect(await getPlanLocks('123')).toEqual([{ roundIndex: 2, lp: 'frugality', storyId: 'a' }]);
    expect(await getPlanLocks('456')).toEqual([]);
  });

  it('refuses a lock on an unknown principle', async () => {
    await expect(
      savePlanLocks('123', [{ roundIndex: 0, lp: 'nope' as 'frugality', storyId: 'a' }]),
    ).rejects.toThrow(/unknown principle 'nope'/);
  });
});
