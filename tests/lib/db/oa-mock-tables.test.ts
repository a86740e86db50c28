import { beforeEach, describe, expect, it } from 'vitest';
import { exportBank, importBank } from '../../../lib/db/bank';
import { LoopReadyDb, useDb } from '../../../lib/db/db';
import { deleteAllData } from '../../../lib/db/delete-all';
import { deleteMockLoop, listMockLoops, saveMockLoop } from '../../../lib/db/mock-loops';
import { listOaSessions, saveOaSession } from '../../../lib/db/oa-sessions';
import { chooseStatement, pauseOa, startOa } from '../../../lib/practice/oa/session';
import { answerQuestion, startMockLoop } from '../../../lib/practice/mock-loop/state';
import type { MockLoop } from '../../../lib/practice/mock-loop/schema';

function sampleLoop(): MockLoop {
  const loop = startMockLoop({
    id: 'loop-1',
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
    now: 10,
  });
  return answerQuestion(
    loop,
    { text: 'I told my manager the date would slip.', elapsedMs: 40_000, interruptions: [] },
    20,
  );
}

function sampleSet() {
  const s = startOa({ id: 'oa-1', kind: 'work-style', family: 'software-engineer', now: 0 });
  return pauseOa(chooseStatement(s, 'ws-01', 'second', 1_000), 2_000);
}

beforeEach(() => {
  useDb(new LoopReadyDb(`test-${Math.random()}`));
});

describe('OA sets and mock loops in IndexedDB and the backup', () => {
  it('keeps a paused OA set and a finished mock loop, and refuses a malformed one', async () => {
    await saveOaSession(sampleSet());
    await saveMockLoop(sampleLoop());
    expect((await listOaSessions())[0]).toMatchObject({
      choices: { 'ws-01': 'second' },
      runningSince: null,
      elapsedMs: 2_000,
    });
    const [loop] = await listMockLoops();
    expect(loop!.status).toBe('finished');
    expect(loop!.debrief!.rounds[0]!.votes[0]!.principleId).toBe('earn-trust');
    await expect(saveMockLoop({ ...sampleLoop(), status: 'lost' as never })).rejects.toThrow();
    await deleteMockLoop('loop-1');
    expect(await listMockLoops()).toEqual([]);
  });

  it('round-trips both through export and import', async () => {
    await saveOaSession(sampleSet());
    await saveMockLoop(sampleLoop());
    const file = JSON.parse(JSON.stringify(await exportBank(new Date(0))));
    expect(file.oaSessions).toHaveLength(1);
    expect(file.mockLoops).toHaveLength(1);
    useDb(new LoopReadyDb(`test-${Math.random()}`));
    expect((await importBank(file, 'merge')).ok).toBe(true);
    expect(await listOaSessions()).toEqual([sampleSet()]);
    expect(await listMockLoops()).toEqual([sampleLoop()]);
  });

  it('a malformed mock loop in the file changes nothing and names the field', async () => {
    await saveOaSession(sampleSet());
    const file = JSON.parse(JSON.stringify(await exportBank(new Date(0))));
    file.oaSessions = [];
    file.mockLoops = [{ ...sampleLoop(), rounds: [] }];
    const outcome = await importBank(file, 'replace');
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error).toMatch(/^mockLoops\[0\]\.rounds/);
    expect(await listOaSessions()).toEqual([sampleSet()]);
    expect(await listMockLoops()).toEqual([]);
  });

  it('"Delete all my data" clears both tables', async () => {
    await saveOaSession(sampleSet());
    await saveMockLoop(sampleLoop());
    await deleteAllData();
    expect(await listOaSessions()).toEqual([]);
    expect(await listMockLoops()).toEqual([]);
  });
});
