import { beforeEach, describe, expect, it } from 'vitest';
import { LoopReadyDb, useDb } from '../../../lib/db/db';
import { deleteRecording, listRecordings, saveRecording } from '../../../lib/db/recordings';

beforeEach(() => {
  useDb(new LoopReadyDb(`test-${Math.random()}`));
});

const audio = (n: number) => new Uint8Array(n).fill(7).buffer;

describe('recordings repository', () => {
  it('keeps a recording the user chose to keep, newest first, and deletes it', async () => {
    const base = {
      question: 'Tell me about a time...',
      storyTitle: 'Cache',
      mimeType: 'audio/webm',
      durationMs: 70_000,
    };
    await saveRecording({ ...base, bytes: audio(10), createdAt: 1 }, 'r1');
    await saveRecording({ ...base, bytes: audio(20), createdAt: 2 }, 'r2');
    const list = await listRecordings();
    expect(list.map((r) => [r.id, r.bytes.byteLength])).toEqual([
      ['r2', 20],
      ['r1', 10],
    ]);
    await deleteRecording('r2');
    expect((await listRecordings()).map((r) => r.id)).toEqual(['r1']);
  });
});
