import { beforeEach, describe, expect, it } from 'vitest';
import { LoopReadyDb, useDb } from '../../../lib/db/db';
import { getPrepState, setItemDone, updatePrepState } from '../../../lib/db/prep';

beforeEach(() => {
  useDb(new LoopReadyDb(`test-${Math.random()}`));
});

describe('prep state repository', () => {
  it('starts empty, then keeps the date, the ticks and the stage', async () => {
    expect(await getPrepState()).toEqual({ interviewDate: '', done: [], stage: 'applied' });
    await updatePrepState({ interviewDate: '2026-03-16', stage: 'phone-screen' });
    await setItemDone('stories-1', true);
    await setItemDone('drills-1', true);
    await setItemDone('stories-1', false);
    expect(await getPrepState()).toEqual({
      interviewDate: '2026-03-16',
      done: ['drills-1'],
      stage: 'phone-screen',
    });
  });

  it('lands two ticks made at the same time', async () => {
    await Promise.all([setItemDone('a', true), setItemDone('b', true)]);
    expect((await getPrepState()).done.sort()).toEqual(['a', 'b']);
  });

  it('rejects a date that is not YYYY-MM-DD', async () => {
    await expect(updatePrepState({ interviewDate: 'next week' })).rejects.toThrow(/YYYY-MM-DD/);
  });
});
