import type { ForgetDone, ForgetPlan, UnsavedReason } from './forget';
import { maxResumeChars, type SavedResume } from './schema';

/**
 * The resume session of the side panel as a pure state machine: what the box shows, whether it is
 * saved and why not, the open "Forget my resume" question, the Undo on offer and the write that
 * waits for the typing pause. The hook (components/resume/use-resume.ts) does the I/O (IndexedDB,
 * the save timer, the file import) and reports what happened as events; every rule about what
 * changes lives here.
 */

export type ResumeStatus = 'loading' | 'ready';

/** The box's text and the file it came from. */
export interface ResumeBox {
  text: string;
  fileName: string;
}

export interface Unsaved {
  reason: UnsavedReason;
  message: string;
}

/** The box as it was before a forget or an import replaced it. */
export interface BoxBefore extends ResumeBox {
  unsaved: Unsaved | null;
}

/**
 * What Undo puts back after a forget or an import that replaced the box: the box as it was, and
 * the saved row as it was (undefined: nothing was saved, so Undo leaves nothing saved).
 */
export interface ForgetUndo extends BoxBefore {
  done: ForgetDone;
  row: SavedResume | undefined;
}

export interface ResumeSession extends ResumeBox {
  status: ResumeStatus;
  unsaved: Unsaved | null;
  plan: ForgetPlan | null;
  undo: ForgetUndo | null;
  /** The text waiting to be written (the typing pause, or the retry of a failed save). */
  pending: ResumeBox | null;
  /** The version (updatedAt) of the saved row this box is based on; null: none was saved. */
  savedAt: number | null;
  /** A save refused because another window changed the saved resume: theirs, as it is now. */
  conflict: { theirs: SavedResume | undefined } | null;
}

export const freshSession: ResumeSession = {
  status: 'loading',
  text: '',
  fileName: '',
  unsaved: null,
  plan: null,
  undo: null,
  pending: null,
  savedAt: null,
  conflict: null,
};

export type ResumeEvent =
  /** The saved copy was read when the view first mounted (undefined: none, or unreadable). */
  | { type: 'loaded'; saved: SavedResume | undefined }
  /** New text in the box: typed, pasted, an edited bullet, an import. */
  | { type: 'typed'; text: string; fileName: string }
  /** The waiting text went to the database (or nothing waits any more: a forget, an undo). */
  | { type: 'write-taken' }
  /** A write landed; `savedAt` is the version of the row it wrote. */
  | { type: 'saved'; savedAt: number }
  | { type: 'save-failed'; box: ResumeBox; error: unknown }
  /** A write was refused: another window saved a newer copy (`theirs`, as it is now). */
  | { type: 'save-refused'; theirs: SavedResume | undefined }
  /** The conflict's answers: this box kept (theirs went to Recently deleted), or theirs loaded. */
  | { type: 'kept-mine' }
  | { type: 'loaded-theirs' }
  /** The saved copy was read again after something outside this view replaced it. */
  | { type: 'reloaded'; saved: SavedResume | undefined }
  /** The saved copy as another window left it (the live query saw a change). */
  | { type: 'changed-elsewhere'; saved: SavedResume | undefined }
  /** "Forget my resume" was asked; `saved` is the copy read once every write had landed. */
  | { type: 'asked'; saved: SavedResume | undefined }
  | { type: 'question-closed' }
  /** The user chose "back to the saved copy" and the saved copy was read. */
  | { type: 'reverted'; before: BoxBefore; saved: SavedResume }
  /** The saved copy was deleted (`row`: what it was) and the box cleared. */
  | { type: 'forgotten'; before: BoxBefore; row: SavedResume | undefined }
  /** An import replaced another resume in the box (after its own 'typed'). */
  | { type: 'replaced'; before: BoxBefore; fileName: string; row: SavedResume | undefined }
  /** Undo wrote the saved row back: the box returns as it was. */
  | { type: 'undone' }
  | { type: 'undo-dismissed' };

/** Events that only move the waiting write: the view shows nothing different. */
export const quietEvents: ReadonlySet<ResumeEvent['type']> = new Set(['write-taken']);

function count(n: number): string {
  return n.toLocaleString('en-US');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What the box says when a save was refused because another window saved a newer copy. */
export const conflictMessage =
  'Not saved: the resume changed in another window since this one read it. Load theirs (yours goes to Recently deleted) or keep yours (theirs goes there).';

/** Why a text is not saved, or undefined when it fits. */
export function tooLongToSave(text: string): string | undefined {
  return text.length > maxResumeChars
    ? `Not saved: your resume is ${count(text.length)} characters, over the ${count(maxResumeChars)} LoopReady keeps on this computer. The saved copy is unchanged; shorten the text here to save it.`
    : undefined;
}

/** The errors the view shows when a forget, its question or its Undo could not finish. */
export const forgetErrors = {
  read: (error: unknown) =>
    `Couldn't read the saved resume (${describe(error)}); nothing was deleted.`,
  forget: (error: unknown) =>
    `Couldn't forget your resume (${describe(error)}); the box and the saved copy are as they were.`,
  undo: (error: unknown) =>
    `Couldn't put the saved copy back (${describe(error)}); the text is still in the box, so copy it somewhere safe.`,
};

/** The box as it is now, for an Undo to put back. */
export function boxBefore(s: ResumeSession): BoxBefore {
  return { text: s.text, fileName: s.fileName, unsaved: s.unsaved };
}

/** The name an imported file is saved under: the saved row keeps at most 300 characters of it. */
export function importedFileName(name: string): string {
  return name.slice(0, 300);
}

/**
 * Whether an import replaces another resume in the box (and so gets an Undo): the box holds text
 * and it is not the imported text.
 */
export function importReplacesBox(s: ResumeSession, importedText: string): boolean {
  return s.text.trim() !== '' && s.text !== importedText;
}

function typed(s: ResumeSession, text: string, fileName: string): ResumeSession {
  const refused = tooLongToSave(text);
  // Too long: kept in the box, never written, so the saved copy stays as it was.
  if (refused)
    return {
      ...s,
      text,
      fileName,
      unsaved: { reason: 'too-long', message: refused },
      plan: null,
      undo: null,
      pending: null,
    };
  // Typing withdraws an open question and the Undo on offer: both described a box that changed.
  return {
    ...s,
    text,
    fileName,
    unsaved: s.unsaved?.reason === 'too-long' ? null : s.unsaved,
    plan: null,
    undo: null,
    pending: { text, fileName },
  };
}

function saveFailed(s: ResumeSession, box: ResumeBox, error: unknown): ResumeSession {
  // Tried again at the next write (the panel going out of sight, the forget question), if the box
  // still shows this text and nothing newer is waiting.
  const pending = s.pending ?? (s.text === box.text ? box : null);
  return {
    ...s,
    pending,
    unsaved: {
      reason: 'save-failed',
      message: `Not saved: ${describe(error)}. The text stays here; copy it somewhere safe before closing the panel.`,
    },
  };
}

function asked(s: ResumeSession, saved: SavedResume | undefined): ResumeSession {
  const plan: ForgetPlan = {
    saved: saved ? { updatedAt: saved.updatedAt, fileName: saved.fileName } : null,
    boxIsSaved: saved?.text === s.text && saved.fileName === s.fileName,
    unsaved: s.unsaved?.reason ?? null,
  };
  return { ...s, plan };
}

/**
 * Whether the saved copy may be shown again after something outside this view replaced it: a
 * box that could not be saved (too long, a failed write, a conflict) keeps its text, the only copy.
 */
export function canReload(s: ResumeSession): boolean {
  return s.unsaved === null;
}

function box(saved: SavedResume | undefined) {
  return {
    text: saved?.text ?? '',
    fileName: saved?.fileName ?? '',
    savedAt: saved?.updatedAt ?? null,
  };
}

/**
 * Follows the other windows: when the saved resume changed elsewhere and this box has nothing of
 * its own waiting (no pending keystroke, nothing unsaved, no question open), the box shows the new
 * copy, so its next keystroke starts from it instead of writing an old text back.
 */
function changedElsewhere(s: ResumeSession, saved: SavedResume | undefined): ResumeSession {
  if (s.status !== 'ready' || s.pending || s.unsaved || s.plan) return s;
  if ((saved?.updatedAt ?? null) === s.savedAt) return s;
  return { ...s, ...box(saved) };
}

function resolved(s: ResumeSession, keep: 'kept-mine' | 'loaded-theirs'): ResumeSession {
  if (!s.conflict) return s;
  const { theirs } = s.conflict;
  const base = { ...s, conflict: null, unsaved: null, savedAt: theirs?.updatedAt ?? null };
  // Mine: written again, now based on their version, so the save goes over it.
  if (keep === 'kept-mine') return { ...base, pending: { text: s.text, fileName: s.fileName } };
  return { ...base, ...box(theirs), pending: null };
}

function undone(s: ResumeSession): ResumeSession {
  const undo = s.undo;
  if (!undo) return s;
  // Both as they were: the box with its text and, if it was not saved, the reason why (an
  // over-long text is still not written); a box whose save had failed gets its retry back.
  const retry = undo.unsaved?.reason === 'save-failed';
  return {
    ...s,
    text: undo.text,
    fileName: undo.fileName,
    unsaved: undo.unsaved,
    undo: null,
    pending: retry ? { text: undo.text, fileName: undo.fileName } : s.pending,
    savedAt: undo.row?.updatedAt ?? null,
  };
}

/** The session after `event`. Never throws; an event that changes nothing returns `s` itself. */
export function resumeReducer(s: ResumeSession, event: ResumeEvent): ResumeSession {
  switch (event.type) {
    case 'loaded':
      return event.saved
        ? { ...s, status: 'ready', ...box(event.saved) }
        : { ...s, status: 'ready' };
    case 'typed':
      return typed(s, event.text, event.fileName);
    case 'write-taken':
      return s.pending ? { ...s, pending: null } : s;
    case 'saved':
      // A later save worked, so an earlier failure no longer holds; "too long" is the box's
      // current text and stays until the box is shortened.
      return {
        ...s,
        savedAt: event.savedAt,
        unsaved: s.unsaved?.reason === 'save-failed' ? null : s.unsaved,
      };
    case 'save-failed':
      return saveFailed(s, event.box, event.error);
    case 'save-refused':
      // Never written over the other window's newer copy: the user chooses (kept-mine, loaded-theirs).
      return {
        ...s,
        conflict: { theirs: event.theirs },
        unsaved: { reason: 'conflict', message: conflictMessage },
      };
    case 'kept-mine':
    case 'loaded-theirs':
      return resolved(s, event.type);
    case 'reloaded':
      return { ...s, status: 'ready', ...box(event.saved), plan: null, undo: null, pending: null };
    case 'changed-elsewhere':
      return changedElsewhere(s, event.saved);
    case 'asked':
      return asked(s, event.saved);
    case 'question-closed':
      return s.plan ? { ...s, plan: null } : s;
    case 'reverted':
      return {
        ...s,
        text: event.saved.text,
        fileName: event.saved.fileName,
        unsaved: null,
        savedAt: event.saved.updatedAt,
        undo: {
          ...event.before,
          done: { kind: 'reverted', savedAt: event.saved.updatedAt },
          row: event.saved,
        },
      };
    case 'forgotten':
      return {
        ...s,
        text: '',
        fileName: '',
        unsaved: null,
        savedAt: null,
        conflict: null,
        undo: {
          ...event.before,
          done: { kind: event.row ? 'deleted' : 'cleared' },
          row: event.row,
        },
      };
    case 'replaced':
      return {
        ...s,
        undo: {
          ...event.before,
          done: { kind: 'replaced', fileName: event.fileName },
          row: event.row,
        },
      };
    case 'undone':
      return undone(s);
    case 'undo-dismissed':
      return s.undo ? { ...s, undo: null } : s;
  }
}
