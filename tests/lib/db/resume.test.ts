import { beforeEach, describe, expect, it } from 'vitest';
import { LoopReadyDb, getDb, useDb } from '../../../lib/db/db';
import {
  forgetResume,
  loadResume,
  restoreResume,
  saveResume,
  StaleResumeError,
} from '../../../lib/db/resume';

describe('resume repository', () => {
  beforeEach(() => {
    useDb(new LoopReadyDb(`test-resume-${Math.random()}`));
  });
  it('saves, loads and forgets the resume', async () => {
    expect(await loadResume()).toBeUndefined();
    await saveResume('- Built X for 3 teams', 'cv.txt', 42);
    expect(await loadResume()).toEqual({
      id: 'current',
      text: '- Built X for 3 teams',
      fileName: 'cv.txt',
      updatedAt: 42,
    });
    await saveResume('- Built Y', '', 43);
    expect((await loadResume())?.text).toBe('- Built Y');
    await forgetResume();
    expect(await loadResume()).toBeUndefined();
  });
  it('forget returns the deleted row, and restore puts it back with its own date', async () => {
    await saveResume('- Built X', 'cv.txt', 42);
    const gone = await forgetResume();
    expect(gone).toEqual({ id: 'current', text: '- Built X', fileName: 'cv.txt', updatedAt: 42 });
    expect(await forgetResume()).toBeUndefined();
    await restoreResume(gone!);
    expect(await loadResume()).toEqual(gone);
  });
  it('reads a row that no longer parses as no resume', async () => {
    await getDb().resumes.put({ id: 'current', text: 7 });
    expect(await loadResume()).toBeUndefined();
  });
});

describe('saveResume with the version the panel read', () => {
  it('refuses a save based on an older copy, and writes nothing', async () => {
    const first = await saveResume('- Old', 'cv.txt', 10);
    const a = await saveResume('- Newer from window A', 'cv.txt', 20, first.updatedAt);
    await expect(saveResume('- Old, edited in B', 'cv.txt', 30, first.updatedAt)).rejects.toEqual(
      new StaleResumeError(a),
    );
    expect(await loadResume()).toEqual(a);
    // A panel that read nothing refuses to write over a resume saved since.
    await expect(saveResume('- New in B', '', 40, null)).rejects.toBeInstanceOf(StaleResumeError);
  });
});
