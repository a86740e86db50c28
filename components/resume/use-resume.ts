import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { createStore, useStore } from '@/components/common/use-store';
import {
  forgetResume,
  keepReplacedResume,
  loadResume,
  restoreResume,
  saveResume,
  StaleResumeError,
} from '@/lib/db/resume';
import { takePendingSelection, watchPendingSelection } from '@/lib/messaging/selection';
import {
  importResumeFile,
  kindOfFile,
  refuseBeforeReading,
  type ImportOptions,
  type ImportResult,
  type PdfJs,
} from '@/lib/resume/import-file';
import type { ForgetChoice, ForgetDone, ForgetPlan, UnsavedReason } from '@/lib/resume/forget';
import { maxResumeChars, type SavedResume } from '@/lib/resume/schema';

export type ResumeStatus = 'loading' | 'ready';

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
/** An import shows its progress and a Cancel once it has taken this long. */
export const importProgressDelayMs = 1_000;

export interface ImportProgress {
  fileName: string;
  /** The PDF page being read, and how many will be read. */
  page?: number;
  pages?: number;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** Why a text is not saved, or undefined when it fits. */
export function tooLongToSave(text: string): string | undefined {
  return text.length > maxResumeChars
    ? `Not saved: your resume is ${count(text.length)} characters, over the ${count(maxResumeChars)} LoopReady keeps on this computer. The saved copy is unchanged; shorten the text here to save it.`
    : undefined;
}

/** pdfjs with its bundled worker (no remote code); loaded only when a PDF is imported. */
async function loadPdfJs(): Promise<PdfJs> {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs;
}

/** Where a file cannot be read at all (a 3.2 GB file read whole threw), a message, not a throw. */
async function readBytes(file: File): Promise<Uint8Array | string> {
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return `Couldn't read "${file.name}": ${error instanceof Error ? error.message : String(error)}`;
  }
}

const cancelled = (name: string): ImportResult => ({
  ok: false,
  cancelled: true,
  error: `Stopped reading "${name}"; nothing was replaced.`,
});

/**
 * Reads an imported file, its size checked before a byte is read. A .docx or .txt is parsed in a
 * Web Worker so the panel stays responsive (typing still works while a large file is read), and
 * Cancel ends the worker; PDFs go to pdf.js, which has its own worker and stops when `signal`
 * aborts. Where Worker does not exist (unit tests) the same code runs here.
 */
async function parseResumeFile(file: File, options: ImportOptions): Promise<ImportResult> {
  const refused = refuseBeforeReading(file.name, file.size);
  if (refused) return { ok: false, error: refused };
  const bytes = await readBytes(file);
  if (typeof bytes === 'string') return { ok: false, error: bytes };
  if (options.signal?.aborted) return cancelled(file.name);
  if (kindOfFile(file.name) === 'pdf' || typeof Worker === 'undefined')
    return importResumeFile(file.name, bytes, loadPdfJs, options);
  const worker = new Worker(new URL('./resume-import.worker.ts', import.meta.url), {
    type: 'module',
  });
  try {
    return await new Promise<ImportResult>((resolve) => {
      worker.onmessage = (event: MessageEvent<ImportResult>) => resolve(event.data);
      worker.onerror = (event) =>
        resolve({ ok: false, error: `Couldn't read "${file.name}": ${event.message}` });
      options.signal?.addEventListener('abort', () => resolve(cancelled(file.name)), {
        once: true,
      });
      worker.postMessage({ name: file.name, bytes }, [bytes.buffer]);
    });
  } finally {
    worker.terminate();
  }
}

/**
 * What Undo puts back after a forget or an import that replaced the box: the box as it was, and
 * the saved row as it was (undefined: nothing was saved, so Undo leaves nothing saved).
 */
interface ForgetUndo {
  done: ForgetDone;
  row: SavedResume | undefined;
  text: string;
  fileName: string;
  unsaved: Unsaved | null;
}

interface Unsaved {
  reason: UnsavedReason;
  message: string;
}

interface Session {
  status: ResumeStatus;
  text: string;
  fileName: string;
  unsaved: Unsaved | null;
  plan: ForgetPlan | null;
  undo: ForgetUndo | null;
  /** The version (updatedAt) of the saved row this box is based on; null: none was saved. */
  savedAt: number | null;
  /** A save refused because another window changed the saved resume: theirs, as it is now. */
  conflict: { theirs: SavedResume | undefined } | null;
}

/*
 * The resume as this page (the side panel) holds it. Kept at module level rather than in the
 * view: switching to another tab of the panel unmounts the view, and text that is not saved (too
 * long, a failed save) or an Undo still on offer must not vanish with it. One page, one session;
 * the saved copy is read once, when the view first mounts.
 */
const fresh: Session = {
  status: 'loading',
  text: '',
  fileName: '',
  unsaved: null,
  plan: null,
  undo: null,
  savedAt: null,
  conflict: null,
};
const store = createStore(fresh);
let loadStarted = false;
/** Bumped by resetResumeSession: a write from an earlier session must not touch this one. */
let generation = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let pending: { text: string; fileName: string } | undefined;
/** The writes in order: a later save never lands before an earlier one. Never rejects. */
let saving: Promise<void> = Promise.resolve();

function update(patch: Partial<Session>) {
  store.set({ ...store.get(), ...patch });
}

/** Starts a fresh session (tests: each starts with nothing loaded and nothing pending). */
export function resetResumeSession() {
  generation += 1;
  clearTimeout(timer);
  pending = undefined;
  saving = Promise.resolve();
  loadStarted = false;
  store.setQuietly(fresh);
}

function ensureLoaded() {
  if (loadStarted) return;
  loadStarted = true;
  loadResume()
    .catch(() => undefined)
    .then(
      (saved) =>
        update(
          saved
            ? {
                status: 'ready',
                text: saved.text,
                fileName: saved.fileName,
                savedAt: saved.updatedAt,
              }
            : { status: 'ready' },
        ),
      () => undefined,
    );
}

/** Writes the text waiting for the typing pause now; resolves once every write has settled. */
function flush(): Promise<void> {
  clearTimeout(timer);
  const next = pending;
  pending = undefined;
  if (!next) return saving;
  const session = generation;
  saving = saving
    .then(() => saveResume(next.text, next.fileName, Date.now(), store.get().savedAt))
    .then(
      (saved) => {
        if (session !== generation) return;
        // A later save worked, so an earlier failure no longer holds; "too long" is the box's
        // current text and stays until the box is shortened.
        const failed = store.get().unsaved?.reason === 'save-failed';
        update({ savedAt: saved.updatedAt, ...(failed ? { unsaved: null } : {}) });
      },
      (error: unknown) => {
        if (session !== generation) return;
        if (error instanceof StaleResumeError) {
          // Never written over the other window's newer copy: the user chooses (see keepMine).
          update({
            conflict: { theirs: error.theirs },
            unsaved: {
              reason: 'conflict',
              message:
                'Not saved: the resume changed in another window since this one read it. Load theirs (yours goes to Recently deleted) or keep yours (theirs goes there).',
            },
          });
          return;
        }
        // Tried again at the next flush (the panel going out of sight, the forget question),
        // if the box still shows this text and nothing newer is waiting.
        if (!pending && store.get().text === next.text) pending = next;
        update({
          unsaved: {
            reason: 'save-failed',
            message: `Not saved: ${error instanceof Error ? error.message : String(error)}. The text stays here; copy it somewhere safe before closing the panel.`,
          },
        });
      },
    );
  return saving;
}

/** Puts new text in the box and saves it after the typing pause, unless it is too long to keep. */
function persist(text: string, fileName: string) {
  clearTimeout(timer);
  const refused = tooLongToSave(text);
  if (refused) {
    // Kept in the box, never written: the saved copy stays as it was.
    pending = undefined;
    update({
      text,
      fileName,
      unsaved: { reason: 'too-long', message: refused },
      plan: null,
      undo: null,
    });
    return;
  }
  pending = { text, fileName };
  update({
    text,
    fileName,
    unsaved: store.get().unsaved?.reason === 'too-long' ? null : store.get().unsaved,
    plan: null,
    undo: null,
  });
  timer = setTimeout(() => void flush(), saveDelayMs);
}

async function askForget(): Promise<ForgetPlan> {
  await flush();
  const saved = await loadResume();
  const plan: ForgetPlan = {
    saved: saved ? { updatedAt: saved.updatedAt, fileName: saved.fileName } : null,
    boxIsSaved: saved?.text === store.get().text && saved.fileName === store.get().fileName,
    unsaved: store.get().unsaved?.reason ?? null,
  };
  update({ plan });
  return plan;
}

async function forget(choice: ForgetChoice) {
  // Typing after the question was asked withdraws it (persist clears the plan): never act on a
  // description of a box that has changed since. Closed at once, so a second click on the same
  // answer finds nothing to do (it would otherwise record an Undo with nothing to restore).
  if (!store.get().plan) return;
  update({ plan: null });
  // Nothing typed is waiting (typing withdraws the question); what may wait is the retry of a
  // failed save, and running it now would overwrite the saved copy the question just described.
  clearTimeout(timer);
  pending = undefined;
  await saving;
  const before = {
    text: store.get().text,
    fileName: store.get().fileName,
    unsaved: store.get().unsaved,
  };
  if (choice === 'back-to-saved') {
    const saved = await loadResume();
    if (store.get().text !== before.text) return;
    if (saved) {
      update({
        text: saved.text,
        fileName: saved.fileName,
        unsaved: null,
        savedAt: saved.updatedAt,
        undo: { ...before, done: { kind: 'reverted', savedAt: saved.updatedAt }, row: saved },
      });
      return;
    }
  }
  const row = await forgetResume();
  update({
    text: '',
    fileName: '',
    unsaved: null,
    savedAt: null,
    conflict: null,
    undo: { ...before, done: { kind: row ? 'deleted' : 'cleared' }, row },
  });
}

async function undoForget() {
  const undo = store.get().undo;
  if (!undo) return;
  clearTimeout(timer);
  pending = undefined;
  await saving;
  // Both as they were: the saved row with its own date (or none, if none was saved), the box with
  // its text and, if it was not saved, the reason why (an over-long text is still not written).
  await (undo.row ? restoreResume(undo.row) : forgetResume());
  // A box whose save had failed gets its retry back (see flush).
  if (undo.unsaved?.reason === 'save-failed')
    pending = { text: undo.text, fileName: undo.fileName };
  update({
    text: undo.text,
    fileName: undo.fileName,
    unsaved: undo.unsaved,
    undo: null,
    savedAt: undo.row?.updatedAt ?? null,
  });
}

/** Writes what is waiting to be saved, before something outside this view changes the saved copy. */
export const settleResumeSaves = (): Promise<void> => flush();

/**
 * Shows the saved copy again after something outside this view replaced it (a restore from
 * "Recently deleted"; call settleResumeSaves first). A box that could not be saved (too long, a
 * failed write) keeps its text: it is the only copy.
 */
export async function reloadSavedResume(): Promise<void> {
  if (store.get().unsaved) return;
  clearTimeout(timer);
  pending = undefined;
  const saved = await loadResume();
  loadStarted = true;
  update({
    status: 'ready',
    text: saved?.text ?? '',
    fileName: saved?.fileName ?? '',
    plan: null,
    undo: null,
    savedAt: saved?.updatedAt ?? null,
  });
}

/**
 * Follows the other windows: when the saved resume changes elsewhere and this box has nothing of
 * its own waiting (no pending keystroke, nothing unsaved, no question open), the box shows the new
 * copy, so its next keystroke starts from it instead of writing an old text back.
 */
function follow(saved: SavedResume | undefined) {
  const session = store.get();
  if (session.status !== 'ready' || pending || session.unsaved || session.plan) return;
  const version = saved?.updatedAt ?? null;
  if (version === session.savedAt) return;
  update({ text: saved?.text ?? '', fileName: saved?.fileName ?? '', savedAt: version });
}

/** The conflict's answers: the other window's copy in the box, or this box saved over it. */
async function resolveConflict(keep: 'theirs' | 'mine') {
  const { conflict, text, fileName } = store.get();
  if (!conflict) return;
  clearTimeout(timer);
  pending = undefined;
  await saving;
  const { theirs } = conflict;
  if (keep === 'mine') {
    if (theirs) await keepReplacedResume(theirs);
    update({ conflict: null, unsaved: null, savedAt: theirs?.updatedAt ?? null });
    pending = { text, fileName };
    await flush();
    return;
  }
  await keepReplacedResume({ id: 'current', text, fileName, updatedAt: Date.now() });
  update({
    conflict: null,
    unsaved: null,
    text: theirs?.text ?? '',
    fileName: theirs?.fileName ?? '',
    savedAt: theirs?.updatedAt ?? null,
  });
}

/**
 * The saved resume (IndexedDB through lib/db) plus import, forget and the selection sent from
 * the context menu.
 */
export function useResume(): UseResume {
  const current = useStore(store);
  const live = useLiveQuery(() => loadResume().then((row) => ({ row })), []);
  useEffect(() => {
    if (live) follow(live.row);
  }, [live]);
  const [importError, setImportError] = useState<string | null>(null);
  const [importNotice, setImportNotice] = useState<string | null>(null);
  const [forgetError, setForgetError] = useState<string | null>(null);
  const [selection, setSelection] = useState<string | null>(null);
  const [importing, setImporting] = useState<ImportProgress | null>(null);
  const importRun = useRef<AbortController | null>(null);

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

  const setText = useCallback((next: string) => persist(next, store.get().fileName), []);

  const importFile = useCallback(async (file: File) => {
    setImportError(null);
    setImportNotice(null);
    // A second import replaces the first: the first stops and its result is dropped.
    importRun.current?.abort();
    const run = new AbortController();
    importRun.current = run;
    let progress: ImportProgress = { fileName: file.name };
    let shown = false;
    const show = setTimeout(() => {
      shown = true;
      setImporting(progress);
    }, importProgressDelayMs);
    const result = await parseResumeFile(file, {
      signal: run.signal,
      onProgress: ({ page, pages }) => {
        progress = { fileName: file.name, page, pages };
        if (shown) setImporting(progress);
      },
    }).finally(() => clearTimeout(show));
    if (importRun.current !== run) return;
    importRun.current = null;
    setImporting(null);
    if (!result.ok) {
      // Nothing was replaced: the editor and the saved copy are as they were.
      setImportError(result.error);
      return;
    }
    setImportNotice(result.notice ?? null);
    // The saved row keeps at most 300 characters of the name; a longer one must not block the save.
    const name = file.name.slice(0, 300);
    if (!store.get().text.trim() || store.get().text === result.text) {
      persist(result.text, name);
      return;
    }
    // The box held another resume (perhaps edited here, bullet by bullet): the import replaces
    // it, and Undo can bring it back, box and saved copy, until the panel is closed.
    await flush();
    const before = {
      text: store.get().text,
      fileName: store.get().fileName,
      unsaved: store.get().unsaved,
    };
    const row = await loadResume().catch(() => undefined);
    // Undo lasts while the panel is open; "Recently deleted" keeps the replaced copy 30 days.
    if (row && row.text !== result.text) await keepReplacedResume(row).catch(() => undefined);
    persist(result.text, name);
    update({ undo: { ...before, done: { kind: 'replaced', fileName: name }, row } });
  }, []);

  const ask = useCallback(async () => {
    setForgetError(null);
    try {
      await askForget();
    } catch (error) {
      setForgetError(
        `Couldn't read the saved resume (${error instanceof Error ? error.message : String(error)}); nothing was deleted.`,
      );
    }
  }, []);

  const answer = useCallback(async (choice: ForgetChoice) => {
    setImportNotice(null);
    try {
      await forget(choice);
    } catch (error) {
      update({ plan: null });
      setForgetError(
        `Couldn't forget your resume (${error instanceof Error ? error.message : String(error)}); the box and the saved copy are as they were.`,
      );
    }
  }, []);

  const undo = useCallback(async () => {
    setImportNotice(null);
    try {
      await undoForget();
    } catch (error) {
      setForgetError(
        `Couldn't put the saved copy back (${error instanceof Error ? error.message : String(error)}); the text is still in the box, so copy it somewhere safe.`,
      );
    }
  }, []);

  return {
    status: current.status,
    text: current.text,
    fileName: current.fileName,
    setText,
    importFile,
    importing,
    cancelImport: useCallback(() => importRun.current?.abort(), []),
    importError,
    importNotice,
    saveError: current.unsaved?.message ?? null,
    askForget: ask,
    forgetPlan: current.plan,
    forgetError,
    cancelForget: useCallback(() => update({ plan: null }), []),
    forget: answer,
    forgotten: current.undo?.done ?? null,
    undoForget: undo,
    dismissForgotten: useCallback(() => update({ undo: null }), []),
    conflict: current.conflict !== null,
    loadTheirs: useCallback(() => resolveConflict('theirs'), []),
    keepMine: useCallback(() => resolveConflict('mine'), []),
    selection,
    dismissSelection: () => setSelection(null),
  };
}
