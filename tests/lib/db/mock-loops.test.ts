import { beforeEach, describe, expect, it } from 'vitest';
import { exportBank, importBank } from '../../../lib/db/bank';
import { getDb, LoopReadyDb, useDb } from '../../../lib/db/db';
import { deleteAllData } from '../../../lib/db/delete-all';
import { deleteMockLoop, listMockLoops, saveMockLoop } from '../../../lib/db/mock-loops';
import { listOaSessions, saveOaSession } from '../../../lib/db/oa-sessions';
import { chooseStatement, pauseOa, startOa } from '../../../lib/practice/oa/session';
import { answerQuestion, startMockLoop } from '../../../lib/practice/mock-loop/state';
import type { MockLoop } from '../../../lib/practice/mock-loop/schema';

function sampleLoop(id = 'loop-1', now = 10): MockLoop {
  const loop = startMockLoop({
    id,
    postingId: '123',
    postingTitle: 'SDE II',
    rounds: [
      {
        name: 'Bar Raiser',
        kind: 'bar-raiser',
        interviewer: 'Bar Raiser',
        about: '',
        lps: ['earn-trust'],
        questions: [
          { principleId: 'earn-trust', text: 'Tell me about a hard truth.', plannedStoryId: '' },
        ],
      },
    ],
    now,
  });
  return answerQuestion(
    loop,
    { text: 'I told my manager the date would slip.', elapsedMs: 40_000, interruptions: [] },
    now + 10,
  );
}

beforeEach(() => {
  useDb(new LoopReadyDb(`test-${Math.random()}`));
});

describe('mock loops in IndexedDB and the backup', () => {
  it('keeps a finished loop with its debrief, refuses a malformed one, and deletes it', async () => {
    await saveMockLoop(sampleLoop());
    const [loop] = await listMockLoops();
    expect(loop!.status).toBe('finished');
    expect(loop!.debrief!.rounds[0]!.votes[0]!.principleId).toBe('earn-trust');
    await expect(saveMockLoop({ ...sampleLoop(), status: 'lost' as never })).rejects.toThrow();
    await deleteMockLoop('loop-1');
    expect(await listMockLoops()).toEqual([]);
  });

  it('lists the last touched loop first and skips a row that no longer parses', async () => {
    await saveMockLoop(sampleLoop('older', 10));
    await saveMockLoop(sampleLoop('newer', 500));
    await getDb().mockLoops.put({ ...sampleLoop('broken', 900), rounds: [] });
    expect((await listMockLoops()).map((l) => l.id)).toEqual(['newer', 'older']);
  });

  it('round-trips through export and import', async () => {
    await saveMockLoop(sampleLoop());
    const file = JSON.parse(JSON.stringify(await exportBank(new Date(0))));
    expect(file.mockLoops).toHaveLength(1);
    useDb(new LoopReadyDb(`test-${Math.random()}`));
    expect((await importBank(file, 'merge')).ok).toBe(true);
    expect(await listMockLoops()).toEqual([sampleLoop()]);
  });

  it('a malformed mock loop in the file changes nothing and names the field', async () => {
    const set = pauseOa(
      chooseStatement(
        startOa({ id: 'oa-1', kind: 'work-style', family: 'software-engineer', now: 0 }),
        'ws-01',
        'second',
        1_000,
      ),
      2_000,
    );
    await saveOaSession(set);
    const file = JSON.parse(JSON.stringify(await exportBank(new Date(0))));
    file.oaSessions = [];
    file.mockLoops = [{ ...sampleLoop(), rounds: [] }];
    const outcome = await importBank(file, 'replace');
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error).toMatch(/^mockLoops\[0\]\.rounds/);
    expect(await listOaSessions()).toEqual([set]);
    expect(await listMockLoops()).toEqual([]);
  });

  it('"Delete all my data" clears the table', async () => {
    await saveMockLoop(sampleLoop());
    await deleteAllData();
    expect(await listMockLoops()).toEqual([]);
  });
});
