import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { createStore, useStore } from '@/components/common/use-store';
import { useImportRun, type ImportProgress } from '@/components/resume/use-resume-import';
import {
  forgetResume,
  keepReplacedResume,
  loadResume,
  restoreResume,
  saveResume,
  StaleResumeError,
} from '@/lib/db/resume';
import { takePendingSelection, watchPendingSelection } from '@/lib/messaging/selection';
import type { ForgetChoice, ForgetDone, ForgetPlan } from '@/lib/resume/forget';
import {
  boxBefore,
  canReload,
  forgetErrors,
  freshSession,
  importedFileName,
  importReplacesBox,
  quietEvents,
  resumeReducer,
  type ResumeEvent,
  type ResumeStatus,
} from '@/lib/resume/resume-state';

export type { ImportProgress } from '@/components/resume/use-resume-import';
export type { ResumeStatus } from '@/lib/resume/resume-state';

export interface UseResume {
  status: ResumeStatus;
  text: string;
  fileName: string;
  /** Replaces the text (typing, pasting, an edited bullet); saved shortly after. */
  setText: (text: string) => void;
  importFile: (file: File) => Promise<void>;
  /** Set once an import has run for a second: what is being read, for a progress line. */
  importing: ImportProgress | null;
  /** Stops the import under way; nothing is replaced. */
  cancelImport: () => void;
  importError: string | null;
  /** What an import left out (pages past the limit), shown with the imported text. */
  importNotice: string | null;
  /** Why the text in the editor is not saved (too long, or the save failed); null once saved. */
  saveError: string | null;
  /**
   * "Forget my resume", step one: lets any waiting save land, then reads what is saved, so the
   * confirmation can say what each answer removes. Sets `forgetPlan`.
   */
  askForget: () => Promise<void>;
  /** Set while the confirmation is open. */
  forgetPlan: ForgetPlan | null;
  /** Why the saved copy could not be read for the confirmation; nothing was deleted. */
  forgetError: string | null;
  cancelForget: () => void;
  /** Step two, the user's answer (see ForgetChoice). */
  forget: (choice: ForgetChoice) => Promise<void>;
  /** What the last forget did, while Undo can still bring back the box and the saved copy. */
  forgotten: ForgetDone | null;
  undoForget: () => Promise<void>;
  dismissForgotten: () => void;
  /** Set when a save was refused because another window changed the saved resume. */
  conflict: boolean;
  /** The conflict's answers (the copy not kept goes to Recently deleted). */
  loadTheirs: () => Promise<void>;
  keepMine: () => Promise<void>;
  /** Text sent by "Check with LoopReady" on a page, shown until dismissed. */
  selection: string | null;
  dismissSelection: () => void;
}

const saveDelayMs = 400;

/*
 * The resume as this page (the side panel) holds it; every rule about what changes is
 * resumeReducer (lib/resume/resume-state.ts), this file does the I/O. Kept at module level rather
 * than in the view: switching to another tab of the panel unmounts the view, and text that is not
 * saved (too long, a failed save) or an Undo still on offer must not vanish with it. One page, one
 * session; the saved copy is read once, when the view first mounts.
 */
const store = createStore(freshSession);
let loadStarted = false;
/** Bumped by resetResumeSession: a write from an earlier session must not touch this one. */
let generation = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
/** The writes in order: a later save never lands before an earlier one. Never rejects. */
let saving: Promise<void> = Promise.resolve();

function dispatch(event: ResumeEvent) {
  const next = resumeReducer(store.get(), event);
  if (next === store.get()) return;
  if (quietEvents.has(event.type)) store.setQuietly(next);
  else store.set(next);
}

/** Starts a fresh session (tests: each starts with nothing loaded and nothing pending). */
export function resetResumeSession() {
  generation += 1;
  clearTimeout(timer);
  saving = Promise.resolve();
  loadStarted = false;
  store.setQuietly(freshSession);
}

function ensureLoaded() {
  if (loadStarted) return;
  loadStarted = true;
  loadResume()
    .catch(() => undefined)
    .then(
      (saved) => dispatch({ type: 'loaded', saved }),
      () => undefined,
    );
}

/** Writes the text waiting for the typing pause now; resolves once every write has settled. */
function flush(): Promise<void> {
  clearTimeout(timer);
  const next = store.get().pending;
  if (!next) return saving;
  dispatch({ type: 'write-taken' });
  const session = generation;
  saving = saving
    .then(() => saveResume(next.text, next.fileName, Date.now(), store.get().savedAt))
    .then(
      (saved) => {
        if (session === generation) dispatch({ type: 'saved', savedAt: saved.updatedAt });
      },
      (error: unknown) => {
        if (session !== generation) return;
        if (error instanceof StaleResumeError)
          dispatch({ type: 'save-refused', theirs: error.theirs });
        else dispatch({ type: 'save-failed', box: next, error });
      },
    );
  return saving;
}

/** Puts new text in the box and saves it after the typing pause, unless it is too long to keep. */
function persist(text: string, fileName: string) {
  clearTimeout(timer);
  dispatch({ type: 'typed', text, fileName });
  if (store.get().pending) timer = setTimeout(() => void flush(), saveDelayMs);
}

/** Nothing typed waits any more (a forget, an undo, a conflict's answer); lets the writes land. */
async function settle(): Promise<void> {
  clearTimeout(timer);
  dispatch({ type: 'write-taken' });
  await saving;
}

async function askForget(): Promise<void> {
  await flush();
  dispatch({ type: 'asked', saved: await loadResume() });
}

async function forget(choice: ForgetChoice) {
  // Typing after the question was asked withdraws it (typing clears the plan): never act on a
  // description of a box that has changed since. Closed at once, so a second click on the same
  // answer finds nothing to do (it would otherwise record an Undo with nothing to restore).
  if (!store.get().plan) return;
  dispatch({ type: 'question-closed' });
  // Nothing typed is waiting (typing withdraws the question); what may wait is the retry of a
  // failed save, and running it now would overwrite the saved copy the question just described.
  await settle();
  const before = boxBefore(store.get());
  if (choice === 'back-to-saved') {
    const saved = await loadResume();
    if (store.get().text !== before.text) return;
    if (saved) {
      dispatch({ type: 'reverted', before, saved });
      return;
    }
  }
  const row = await forgetResume();
  dispatch({ type: 'forgotten', before, row });
}

async function undoForget() {
  const undo = store.get().undo;
  if (!undo) return;
  await settle();
  // The saved row with its own date, or none if none was saved.
  await (undo.row ? restoreResume(undo.row) : forgetResume());
  dispatch({ type: 'undone' });
}

/** Writes what is waiting to be saved, before something outside this view changes the saved copy. */
export const settleResumeSaves = (): Promise<void> => flush();

/**
 * Shows the saved copy again after something outside this view replaced it (a restore from
 * "Recently deleted"; call settleResumeSaves first), unless the box holds the only copy.
 */
export async function reloadSavedResume(): Promise<void> {
  if (!canReload(store.get())) return;
  clearTimeout(timer);
  dispatch({ type: 'write-taken' });
  const saved = await loadResume();
  loadStarted = true;
  dispatch({ type: 'reloaded', saved });
}

/** The conflict's answers: the copy not kept goes to Recently deleted. */
async function resolveConflict(keep: 'theirs' | 'mine') {
  const { conflict, text, fileName } = store.get();
  if (!conflict) return;
  await settle();
  if (keep === 'mine') {
    if (conflict.theirs) await keepReplacedResume(conflict.theirs);
    dispatch({ type: 'kept-mine' });
    await flush();
    return;
  }
  await keepReplacedResume({ id: 'current', text, fileName, updatedAt: Date.now() });
  dispatch({ type: 'loaded-theirs' });
}

/** Puts an imported text in the box; Undo can bring back another resume it replaced. */
async function importText(text: string, fileName: string) {
  const name = importedFileName(fileName);
  if (!importReplacesBox(store.get(), text)) {
    persist(text, name);
    return;
  }
  // The box held another resume (perhaps edited here, bullet by bullet): the import replaces
  // it, and Undo can bring it back, box and saved copy, until the panel is closed.
  await flush();
  const before = boxBefore(store.get());
  const row = await loadResume().catch(() => undefined);
  // Undo lasts while the panel is open; "Recently deleted" keeps the replaced copy 30 days.
  if (row && row.text !== text) await keepReplacedResume(row).catch(() => undefined);
  persist(text, name);
  dispatch({ type: 'replaced', before, fileName: name, row });
}

/**
 * The page's side of the session: the first read, the other windows' saves, the last write as the
 * panel goes out of sight, and the text sent by "Check with LoopReady".
 */
function usePageSession() {
  const [selection, setSelection] = useState<string | null>(null);
  const live = useLiveQuery(() => loadResume().then((row) => ({ row })), []);
  useEffect(() => {
    if (live) dispatch({ type: 'changed-elsewhere', saved: live.row });
  }, [live]);
  useEffect(() => {
    let live = true;
    ensureLoaded();
    const readSelection = () => {
      takePendingSelection().then(
        (s) => {
          if (live && s) setSelection(s.text);
        },
        () => undefined,
      );
    };
    readSelection();
    const stop = watchPendingSelection(readSelection);
    // Closing the panel ends the page without unmounting React: write the last edit as the
    // panel goes out of sight, not after a typing pause that never comes.
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      live = false;
      stop();
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
      void flush();
    };
  }, []);
  return [selection, setSelection] as const;
}

/**
 * The saved resume (IndexedDB through lib/db) plus import, forget and the selection sent from
 * the context menu.
 */
export function useResume(): UseResume {
  const current = useStore(store);
  const [selection, setSelection] = usePageSession();
  const [importError, setImportError] = useState<string | null>(null);
  const [importNotice, setImportNotice] = useState<string | null>(null);
  const [forgetError, setForgetError] = useState<string | null>(null);
  const run = useImportRun();
  const read = run.read;

  const setText = useCallback((next: string) => persist(next, store.get().fileName), []);

  const importFile = useCallback(
    async (file: File) => {
      setImportError(null);
      setImportNotice(null);
      const result = await read(file);
      if (!result) return; // a later import took its place
      // Not read: the editor and the saved copy are as they were.
      if (!result.ok) return setImportError(result.error);
      setImportNotice(result.notice ?? null);
      await importText(result.text, file.name);
    },
    [read],
  );

  const ask = useCallback(async () => {
    setForgetError(null);
    try {
      await askForget();
    } catch (error) {
      setForgetError(forgetErrors.read(error));
    }
  }, []);

  const answer = useCallback(async (choice: ForgetChoice) => {
    setImportNotice(null);
    try {
      await forget(choice);
    } catch (error) {
      dispatch({ type: 'question-closed' });
      setForgetError(forgetErrors.forget(error));
    }
  }, []);

  const undo = useCallback(async () => {
    setImportNotice(null);
    try {
      await undoForget();
    } catch (error) {
      setForgetError(forgetErrors.undo(error));
    }
  }, []);

  return {
    status: current.status,
    text: current.text,
    fileName: current.fileName,
    setText,
    importFile,
    importing: run.importing,
    cancelImport: run.cancel,
    importError,
    importNotice,
    saveError: current.unsaved?.message ?? null,
    askForget: ask,
    forgetPlan: current.plan,
    forgetError,
    cancelForget: useCallback(() => dispatch({ type: 'question-closed' }), []),
    forget: answer,
    forgotten: current.undo?.done ?? null,
    undoForget: undo,
    dismissForgotten: useCallback(() => dispatch({ type: 'undo-dismissed' }), []),
    conflict: current.conflict !== null,
    loadTheirs: useCallback(() => resolveConflict('theirs'), []),
    keepMine: useCallback(() => resolveConflict('mine'), []),
    selection,
    dismissSelection: () => setSelection(null),
  };
}
