import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb, LoopReadyDb, useDb } from '../../../lib/db/db';
import { analyserVersion } from '../../../lib/analysis/version';
import { analyzePosting } from '../../../lib/analysis/analyze';
import { analysisIsCurrent } from '../../../lib/backup/bank-schema';
import {
  deleteSavedPosting,
  getSavedPosting,
  listSavedPostings,
  refreshStaleAnalyses,
  savePosting,
} from '../../../lib/db/postings';
import { emptyPosting } from '../../../lib/posting/fields';
import type { ExtractResult } from '../../../lib/posting/schema';

const result = (jobId: string, title: string, url = ''): ExtractResult => ({
  posting: { ...emptyPosting(url, 'en'), title, jobId },
  missing: [],
});

beforeEach(() => {
  useDb(new LoopReadyDb(`test-${Math.random()}`));
});

describe('saved postings', () => {
  it('keeps each posting once by job id, last seen first', async () => {
    await savePosting(result('1', 'SDE I'), 10);
    await savePosting(result('2', 'SDE II'), 20);
    await savePosting(result('1', 'SDE I (edited)'), 30);
    const saved = await listSavedPostings();
    expect(saved.map((p) => [p.id, p.result.posting.title, p.seenAt])).toEqual([
      ['1', 'SDE I (edited)', 30],
      ['2', 'SDE II', 20],
    ]);
    expect((await getSavedPosting('2'))?.result.posting.title).toBe('SDE II');
  });

  it('keys a posting without a job id by its URL, and skips one with neither', async () => {
    expect(
      (await savePosting(result('', 'No id', 'https://www.amazon.jobs/en/jobs/x'), 1))?.id,
    ).toBe('https://www.amazon.jobs/en/jobs/x');
    expect(await savePosting(result('', 'Nothing'), 1)).toBeNull();
  });

  it('forgets a deleted posting', async () => {
    await savePosting(result('1', 'SDE I'), 10);
    await deleteSavedPosting('1');
    expect(await listSavedPostings()).toEqual([]);
  });

  it('keeps the analysis it is given, stamped with the analyser version', async () => {
    const r = result('1', 'Software Development Engineer II');
    await savePosting(r, 10, analyzePosting(r));
    const [saved] = await listSavedPostings();
    expect(saved?.analyserVersion).toBe(analyserVersion);
    expect(saved?.analysis?.level.band).toBe('L5');
    expect(saved && analysisIsCurrent(saved)).toBe(true);
  });

  it('analyses again only postings saved without an analysis or by another analyser version', async () => {
    const fresh = result('1', 'Software Development Engineer II');
    await savePosting(fresh, 30, analyzePosting(fresh));
    // Saved by an earlier release: no analysis at all.
    await savePosting(result('2', 'Data Engineer'), 20);
    // Saved by an older analyser.
    const old = result('3', 'Principal Product Manager');
    await getDb().postings.put({
      id: '3',
      result: old,
      seenAt: 10,
      analysis: { ...analyzePosting(old), title: 'stale' },
      analyserVersion: analyserVersion - 1,
    });
    const analyse = vi.fn(analyzePosting);
    expect(await refreshStaleAnalyses(analyse)).toBe(2);
    expect(analyse.mock.calls.map(([r]) => r.posting.jobId).sort()).toEqual(['2', '3']);
    const saved = await listSavedPostings();
    expect(saved.map((p) => [p.id, p.seenAt, analysisIsCurrent(p)])).toEqual([
      ['1', 30, true],
      ['2', 20, true],
      ['3', 10, true],
    ]);
    expect(saved[2]?.analysis?.title).toBe('Principal Product Manager');
    // Nothing stale is left: a second pass analyses nothing.
    analyse.mockClear();
    expect(await refreshStaleAnalyses(analyse)).toBe(0);
    expect(analyse).not.toHaveBeenCalled();
  });
});
