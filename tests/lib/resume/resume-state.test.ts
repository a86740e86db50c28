import { describe, expect, it } from 'vitest';
import {
  boxBefore,
  canReload,
  conflictMessage,
  freshSession,
  importReplacesBox,
  importedFileName,
  quietEvents,
  resumeReducer,
  tooLongToSave,
  type ResumeEvent,
  type ResumeSession,
} from '../../../lib/resume/resume-state';
import { maxResumeChars, type SavedResume } from '../../../lib/resume/schema';

const saved: SavedResume = {
  id: 'current',
  text: 'Led the billing migration to a new ledger.',
  fileName: 'cv.docx',
  updatedAt: 1_700_000_000_000,
};

function run(...events: ResumeEvent[]): ResumeSession {
  return events.reduce(resumeReducer, freshSession);
}

const ready = run({ type: 'loaded', saved });

describe('resume session: loading and typing', () => {
  it('shows the saved copy once it is read, or an empty ready box', () => {
    expect(ready).toMatchObject({ status: 'ready', text: saved.text, fileName: 'cv.docx' });
    expect(run({ type: 'loaded', saved: undefined })).toMatchObject({ status: 'ready', text: '' });
  });

  it('typing puts the text in the box and queues it to be written', () => {
    const s = resumeReducer(ready, { type: 'typed', text: 'New text', fileName: 'cv.docx' });
    expect(s.text).toBe('New text');
    expect(s.pending).toEqual({ text: 'New text', fileName: 'cv.docx' });
  });

  it('refuses to queue a text over the limit, and says so, until it is shortened', () => {
    const long = 'x'.repeat(maxResumeChars + 1);
    const s = resumeReducer(ready, { type: 'typed', text: long, fileName: '' });
    expect(s.pending).toBeNull();
    expect(s.unsaved?.reason).toBe('too-long');
    expect(s.unsaved?.message).toBe(tooLongToSave(long));
    const shorter = resumeReducer(s, { type: 'typed', text: 'short', fileName: '' });
    expect(shorter.unsaved).toBeNull();
    expect(shorter.pending?.text).toBe('short');
  });

  it('typing withdraws an open forget question and the Undo on offer', () => {
    const asked = run({ type: 'loaded', saved }, { type: 'asked', saved });
    expect(asked.plan).not.toBeNull();
    const s = resumeReducer(asked, { type: 'typed', text: 'edit', fileName: '' });
    expect(s.plan).toBeNull();
    expect(s.undo).toBeNull();
  });
});

describe('resume session: writes', () => {
  const typed = resumeReducer(ready, { type: 'typed', text: 'Draft', fileName: '' });

  it('taking the write leaves nothing waiting, and the view need not re-render for it', () => {
    expect(resumeReducer(typed, { type: 'write-taken' }).pending).toBeNull();
    expect(quietEvents.has('write-taken')).toBe(true);
  });

  it('a failed write says why and is retried if the box still shows that text', () => {
    const taken = resumeReducer(typed, { type: 'write-taken' });
    const failed = resumeReducer(taken, {
      type: 'save-failed',
      box: { text: 'Draft', fileName: '' },
      error: new Error('QuotaExceededError'),
    });
    expect(failed.unsaved?.reason).toBe('save-failed');
    expect(failed.unsaved?.message).toContain('QuotaExceededError');
    expect(failed.pending).toEqual({ text: 'Draft', fileName: '' });
  });

  it('a failed write of older text is not retried over newer text', () => {
    const newer = resumeReducer(resumeReducer(typed, { type: 'write-taken' }), {
      type: 'typed',
      text: 'Draft, longer',
      fileName: '',
    });
    const failed = resumeReducer(newer, {
      type: 'save-failed',
      box: { text: 'Draft', fileName: '' },
      error: 'disk full',
    });
    expect(failed.pending?.text).toBe('Draft, longer');
  });

  it('a later write that lands clears the failure, never the too-long notice', () => {
    const failed = resumeReducer(typed, {
      type: 'save-failed',
      box: { text: 'Draft', fileName: '' },
      error: 'x',
    });
    expect(resumeReducer(failed, { type: 'saved', savedAt: 5 }).unsaved).toBeNull();
    const long = resumeReducer(ready, {
      type: 'typed',
      text: 'x'.repeat(maxResumeChars + 1),
      fileName: '',
    });
    expect(resumeReducer(long, { type: 'saved', savedAt: 5 }).unsaved).toEqual(long.unsaved);
  });
});

describe('resume session: forget and undo', () => {
  it('asks with what is saved and whether the box is that copy', () => {
    expect(resumeReducer(ready, { type: 'asked', saved }).plan).toEqual({
      saved: { updatedAt: saved.updatedAt, fileName: 'cv.docx' },
      boxIsSaved: true,
      unsaved: null,
    });
    const edited = resumeReducer(ready, { type: 'typed', text: 'Edited', fileName: 'cv.docx' });
    expect(resumeReducer(edited, { type: 'asked', saved }).plan?.boxIsSaved).toBe(false);
    expect(resumeReducer(edited, { type: 'asked', saved: undefined }).plan?.saved).toBeNull();
  });

  it('forgetting clears the box, and Undo brings back the box with its unsaved reason and retry', () => {
    const failed = resumeReducer(
      resumeReducer(ready, { type: 'typed', text: 'Unsaved edit', fileName: 'cv.docx' }),
      { type: 'save-failed', box: { text: 'Unsaved edit', fileName: 'cv.docx' }, error: 'x' },
    );
    const before = boxBefore(failed);
    const gone = resumeReducer(resumeReducer(failed, { type: 'write-taken' }), {
      type: 'forgotten',
      before,
      row: saved,
    });
    expect(gone).toMatchObject({ text: '', fileName: '', unsaved: null });
    expect(gone.undo?.done).toEqual({ kind: 'deleted' });
    const back = resumeReducer(gone, { type: 'undone' });
    expect(back).toMatchObject({ text: 'Unsaved edit', fileName: 'cv.docx', undo: null });
    expect(back.unsaved?.reason).toBe('save-failed');
    expect(back.pending).toEqual({ text: 'Unsaved edit', fileName: 'cv.docx' });
  });

  it('forgetting with nothing saved only clears the box', () => {
    const s = resumeReducer(ready, { type: 'forgotten', before: boxBefore(ready), row: undefined });
    expect(s.undo?.done).toEqual({ kind: 'cleared' });
  });

  it('back to the saved copy shows it, and Undo restores the edited box', () => {
    const edited = resumeReducer(ready, { type: 'typed', text: 'Edited', fileName: 'cv.docx' });
    const reverted = resumeReducer(edited, { type: 'reverted', before: boxBefore(edited), saved });
    expect(reverted.text).toBe(saved.text);
    expect(reverted.undo?.done).toEqual({ kind: 'reverted', savedAt: saved.updatedAt });
    expect(resumeReducer(reverted, { type: 'undone' }).text).toBe('Edited');
  });

  it('an import over another resume offers Undo of the replaced box', () => {
    const before = boxBefore(ready);
    const s = [
      { type: 'typed', text: 'Imported text', fileName: 'new.pdf' },
      { type: 'replaced', before, fileName: 'new.pdf', row: saved },
    ] satisfies ResumeEvent[];
    const imported = s.reduce(resumeReducer, ready);
    expect(imported.undo?.done).toEqual({ kind: 'replaced', fileName: 'new.pdf' });
    expect(resumeReducer(imported, { type: 'undone' }).text).toBe(saved.text);
    expect(resumeReducer(imported, { type: 'undo-dismissed' }).undo).toBeNull();
  });

  it('Undo with nothing to undo changes nothing', () => {
    expect(resumeReducer(ready, { type: 'undone' })).toBe(ready);
  });
});

describe('resume imports', () => {
  it('replaces the box (with an Undo) only when it holds other text', () => {
    expect(importReplacesBox(ready, 'Another resume')).toBe(true);
    expect(importReplacesBox(ready, saved.text)).toBe(false);
    expect(importReplacesBox({ ...ready, text: '  \n' }, 'Another resume')).toBe(false);
  });

  it('keeps at most 300 characters of a file name', () => {
    expect(importedFileName(`${'a'.repeat(400)}.pdf`)).toHaveLength(300);
  });
});

describe('resume session: versions and the other windows', () => {
  const theirs: SavedResume = {
    ...saved,
    text: 'Their newer text.',
    updatedAt: saved.updatedAt + 9,
  };
  const mine = resumeReducer(ready, { type: 'typed', text: 'My edit', fileName: 'cv.docx' });
  const refused = run(
    { type: 'loaded', saved },
    { type: 'typed', text: 'My edit', fileName: 'cv.docx' },
    { type: 'write-taken' },
    { type: 'save-refused', theirs },
  );

  it('bases the box on the version it read, and on each version it writes', () => {
    expect(ready.savedAt).toBe(saved.updatedAt);
    expect(run({ type: 'loaded', saved: undefined }).savedAt).toBeNull();
    expect(resumeReducer(mine, { type: 'saved', savedAt: 42 }).savedAt).toBe(42);
  });

  it('a save refused for a newer copy elsewhere opens the conflict and writes nothing more', () => {
    expect(refused.conflict).toEqual({ theirs });
    expect(refused.unsaved).toEqual({ reason: 'conflict', message: conflictMessage });
    expect(refused.pending).toBeNull();
    expect(refused.text).toBe('My edit');
    expect(canReload(refused)).toBe(false);
  });

  it('keep mine writes this box again, now over their version', () => {
    const kept = resumeReducer(refused, { type: 'kept-mine' });
    expect(kept).toMatchObject({ conflict: null, unsaved: null, savedAt: theirs.updatedAt });
    expect(kept.pending).toEqual({ text: 'My edit', fileName: 'cv.docx' });
  });

  it('load theirs shows their copy and writes nothing', () => {
    const loaded = resumeReducer(refused, { type: 'loaded-theirs' });
    expect(loaded).toMatchObject({ text: theirs.text, savedAt: theirs.updatedAt, pending: null });
    expect(loaded.unsaved).toBeNull();
    const gone = resumeReducer(
      { ...refused, conflict: { theirs: undefined } },
      { type: 'loaded-theirs' },
    );
    expect(gone).toMatchObject({ text: '', fileName: '', savedAt: null });
  });

  it('the conflict answers do nothing when there is no conflict', () => {
    expect(resumeReducer(ready, { type: 'kept-mine' })).toBe(ready);
    expect(resumeReducer(ready, { type: 'loaded-theirs' })).toBe(ready);
  });

  it('follows a newer copy saved elsewhere only while nothing of its own waits', () => {
    const followed = resumeReducer(ready, { type: 'changed-elsewhere', saved: theirs });
    expect(followed).toMatchObject({ text: theirs.text, savedAt: theirs.updatedAt });
    expect(resumeReducer(ready, { type: 'changed-elsewhere', saved })).toBe(ready);
    expect(resumeReducer(mine, { type: 'changed-elsewhere', saved: theirs })).toBe(mine);
    expect(resumeReducer(refused, { type: 'changed-elsewhere', saved: theirs })).toBe(refused);
    const loading = run({ type: 'changed-elsewhere', saved: theirs });
    expect(loading.text).toBe('');
    const cleared = resumeReducer(ready, { type: 'changed-elsewhere', saved: undefined });
    expect(cleared).toMatchObject({ text: '', savedAt: null });
  });

  it('a reload shows the saved copy again and drops the question, the Undo and the wait', () => {
    const asked = resumeReducer(mine, { type: 'asked', saved });
    const reloaded = resumeReducer(asked, { type: 'reloaded', saved: theirs });
    expect(reloaded).toMatchObject({ text: theirs.text, plan: null, undo: null, pending: null });
    expect(reloaded.savedAt).toBe(theirs.updatedAt);
    expect(canReload(ready)).toBe(true);
  });

  it('forget, back-to-saved and undo each move the version with the saved row', () => {
    const gone = resumeReducer(refused, {
      type: 'forgotten',
      before: boxBefore(refused),
      row: saved,
    });
    expect(gone).toMatchObject({ savedAt: null, conflict: null });
    expect(resumeReducer(gone, { type: 'undone' }).savedAt).toBe(saved.updatedAt);
    const back = resumeReducer(mine, { type: 'reverted', before: boxBefore(mine), saved: theirs });
    expect(back.savedAt).toBe(theirs.updatedAt);
  });
});
