import { beforeEach, describe, expect, it } from 'vitest';
import { exportBank, importBank } from '../../../lib/db/bank';
import { getDb, LoopReadyDb, useDb } from '../../../lib/db/db';
import { deleteAllData } from '../../../lib/db/delete-all';
import { deleteOaSession, listOaSessions, saveOaSession } from '../../../lib/db/oa-sessions';
import { chooseStatement, pauseOa, startOa } from '../../../lib/practice/oa/session';

function sampleSet(id = 'oa-1', now = 0) {
  const s = startOa({ id, kind: 'work-style', family: 'software-engineer', now });
  return pauseOa(chooseStatement(s, 'ws-01', 'second', now + 1_000), now + 2_000);
}

beforeEach(() => {
  useDb(new LoopReadyDb(`test-${Math.random()}`));
});

describe('OA practice sets in IndexedDB and the backup', () => {
  it('keeps a paused set with its answer and clock, and deletes it', async () => {
    await saveOaSession(sampleSet());
    expect((await listOaSessions())[0]).toMatchObject({
      choices: { 'ws-01': 'second' },
      runningSince: null,
      elapsedMs: 2_000,
    });
    await deleteOaSession('oa-1');
    expect(await listOaSessions()).toEqual([]);
  });

  it('lists the last touched set first and skips a row that no longer parses', async () => {
    await saveOaSession(sampleSet('older', 0));
    await saveOaSession(sampleSet('newer', 10_000));
    await getDb().oaSessions.put({ ...sampleSet('broken', 20_000), kind: 'riddles' });
    expect((await listOaSessions()).map((s) => s.id)).toEqual(['newer', 'older']);
  });

  it('refuses to save a malformed set', async () => {
    await expect(saveOaSession({ ...sampleSet(), elapsedMs: -5 })).rejects.toThrow();
    expect(await listOaSessions()).toEqual([]);
  });

  it('round-trips through export and import', async () => {
    await saveOaSession(sampleSet());
    const file = JSON.parse(JSON.stringify(await exportBank(new Date(0))));
    expect(file.oaSessions).toHaveLength(1);
    useDb(new LoopReadyDb(`test-${Math.random()}`));
    expect((await importBank(file, 'merge')).ok).toBe(true);
    expect(await listOaSessions()).toEqual([sampleSet()]);
  });

  it('"Delete all my data" clears the table', async () => {
    await saveOaSession(sampleSet());
    await deleteAllData();
    expect(await listOaSessions()).toEqual([]);
  });
});
