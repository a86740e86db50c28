import { beforeEach, describe, expect, it } from 'vitest';
import { exportBank, importBank, recordingsSize } from '../../../lib/db/bank';
import { LoopReadyDb, useDb as switchDb } from '../../../lib/db/db';
import { getPrepState, updatePrepState } from '../../../lib/db/prep';
import { listAttempts, saveAttempt } from '../../../lib/db/practice-attempts';
import { listRecordings, saveRecording } from '../../../lib/db/recordings';
import { loadResume, saveResume } from '../../../lib/db/resume';
import { listTrash } from '../../../lib/db/trash';
import { describeBackup } from '../../../lib/backup/import-export';
import { sampleAttempt } from './sample-attempt';

const fresh = () => switchDb(new LoopReadyDb(`test-${Math.random()}`));
beforeEach(fresh);

const audio = () => new Uint8Array([1, 2, 3, 250, 251, 252]).buffer;

async function fillEverything() {
  await saveResume('EXPERIENCE\n- Cut deploys from 40 to 8 minutes', 'cv.txt', 5);
  await updatePrepState({ interviewDate: '2027-01-15', done: ['lp-review'], stage: 'loop' });
  await saveAttempt(sampleAttempt, 'answer-1');
  await saveRecording(
    {
      question: 'Tell me about a time…',
      storyTitle: '',
      mimeType: 'audio/webm',
      bytes: audio(),
      durationMs: 900,
      createdAt: 7,
    },
    'rec-1',
  );
}

describe('a full backup', () => {
  it('holds the resume, the prep plan and the practice answers, and says so', async () => {
    await fillEverything();
    const file = await exportBank(new Date(0));
    expect(file.resume?.text).toBe('EXPERIENCE\n- Cut deploys from 40 to 8 minutes');
    expect(file.prep).toEqual({
      interviewDate: '2027-01-15',
      done: ['lp-review'],
      stage: 'loop',
    });
    expect(file.practiceAttempts?.map((a) => a.id)).toEqual(['answer-1']);
    expect(file.recordings).toBeUndefined();
    expect(describeBackup(file)).toBe('your resume, your prep plan and 1 practice answer');
  });

  it('holds the recordings only when asked, and their size is known first', async () => {
    await fillEverything();
    expect(await recordingsSize()).toEqual({ count: 1, bytes: 6 });
    const file = JSON.parse(JSON.stringify(await exportBank(new Date(0), true))) as unknown;
    fresh();
    expect(await importBank(file, 'merge')).toMatchObject({ ok: true });
    const [rec] = await listRecordings();
    expect([...new Uint8Array(rec!.bytes)]).toEqual([1, 2, 3, 250, 251, 252]);
    expect((await loadResume())?.fileName).toBe('cv.txt');
    expect((await getPrepState()).interviewDate).toBe('2027-01-15');
    expect((await listAttempts()).map((a) => a.id)).toEqual(['answer-1']);
  });

  it('Replace with an older file (no resume, no prep) leaves them as they are', async () => {
    const old = JSON.parse(JSON.stringify(await exportBank(new Date(0)))) as Record<
      string,
      unknown
    >;
    delete old.resume;
    delete old.prep;
    await fillEverything();
    expect(await importBank(old, 'replace')).toMatchObject({ ok: true });
    expect((await loadResume())?.fileName).toBe('cv.txt');
    expect((await getPrepState()).stage).toBe('loop');
    expect(await listRecordings()).toHaveLength(1);
  });

  it('Replace with another resume keeps the one it replaced in Recently deleted', async () => {
    await saveResume('- The resume in the file', 'file.txt', 3);
    const file = JSON.parse(JSON.stringify(await exportBank(new Date(0)))) as unknown;
    await saveResume('- The resume here', 'here.txt', 9);
    expect(await importBank(file, 'replace')).toMatchObject({ ok: true });
    expect((await loadResume())?.fileName).toBe('file.txt');
    expect((await listTrash()).map((e) => e.kind === 'resume' && e.item.fileName)).toEqual([
      'here.txt',
    ]);
  });

  it('a bad recording in the file changes nothing', async () => {
    await fillEverything();
    const file = JSON.parse(JSON.stringify(await exportBank(new Date(0), true))) as {
      recordings: { audioBase64: string }[];
      resume: { text: string };
    };
    file.recordings[0]!.audioBase64 = 'not base64!';
    file.resume.text = '- Replaced?';
    const before = await exportBank(new Date(0), true);
    const outcome = await importBank(file, 'replace');
    expect(outcome).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^recordings\[0\]\.audioBase64/),
    });
    expect(await exportBank(new Date(0), true)).toEqual(before);
  });
});
