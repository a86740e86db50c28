import { beforeEach, describe, expect, it } from 'vitest';
import { exportBank, importBank } from '../../../lib/db/bank';
import { getDb, LoopReadyDb, useDb } from '../../../lib/db/db';
import { listAttempts, saveAttempt } from '../../../lib/db/practice-attempts';
import { sampleAttempt } from './sample-attempt';

beforeEach(() => {
  useDb(new LoopReadyDb(`test-${Math.random()}`));
});

describe('practice attempts', () => {
  it('keeps each answer with its figures, oldest first', async () => {
    await saveAttempt({ ...sampleAttempt, createdAt: 2 }, 'b');
    await saveAttempt({ ...sampleAttempt, createdAt: 1 }, 'a');
    expect((await listAttempts()).map((a) => a.id)).toEqual(['a', 'b']);
  });

  it('refuses an attempt for an unknown principle and writes nothing', async () => {
    await expect(
      saveAttempt({ ...sampleAttempt, principleId: 'ownersihp' as 'ownership' }),
    ).rejects.toThrow();
    expect(await getDb().practiceAttempts.count()).toBe(0);
  });

  it('export then import keeps every attempt', async () => {
    await saveAttempt(sampleAttempt, 'a1');
    await saveAttempt(
      { ...sampleAttempt, createdAt: 1_800_000_000_000, principleId: 'ownership' },
      'a2',
    );
    const file = JSON.parse(JSON.stringify(await exportBank(new Date(0)))) as unknown;

    useDb(new LoopReadyDb(`test-${Math.random()}`));
    expect(await importBank(file, 'merge')).toMatchObject({ ok: true });
    expect(await listAttempts()).toEqual([
      { ...sampleAttempt, id: 'a1' },
      { ...sampleAttempt, createdAt: 1_800_000_000_000, principleId: 'ownership', id: 'a2' },
    ]);
  });

  it('imports a backup written before attempts were kept, leaving attempts here alone', async () => {
    await saveAttempt(sampleAttempt, 'kept');
    const old = { format: 'loopready-export', version: 1, exportedAt: '2025-01-01', stories: [] };
    expect(await importBank(old, 'merge')).toMatchObject({ ok: true });
    expect((await listAttempts()).map((a) => a.id)).toEqual(['kept']);
  });
});
