import { beforeEach, describe, expect, it } from 'vitest';
import { LoopReadyDb, useDb } from '../../../lib/db/db';
import {
  deleteSavedPosting,
  getSavedPosting,
  listSavedPostings,
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
});
