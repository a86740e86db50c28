import { useCallback, useEffect, useRef, useState } from 'react';
import { forgetResume, loadResume, saveResume } from '@/lib/db/resume';
import { takePendingSelection, watchPendingSelection } from '@/lib/messaging/selection';
import {
  importResumeFile,
  kindOfFile,
  type ImportResult,
  type PdfJs,
} from '@/lib/resume/import-file';
import { maxResumeChars } from '@/lib/resume/schema';

export type ResumeStatus = 'loading' | 'ready';

export interface UseResume {
  status: ResumeStatus;
  text: string;
  fileName: string;
  /** Replaces the text (typing, pasting, an edited bullet); saved shortly after. */
  setText: (text: string) => void;
  importFile: (file: File) => Promise<void>;
  importError: string | null;
  /** What an import left out (pages past the limit), shown with the imported text. */
  importNotice: string | null;
  /** Why the text in the editor is not saved (too long, or the save failed); null once saved. */
  saveError: string | null;
  /** Deletes the saved resume and clears the view; `undoForget` brings it back. */
  forget: () => Promise<void>;
  /** True after `forget` until undone or another change: the forgotten text can be restored. */
  canUndoForget: boolean;
  undoForget: () => Promise<void>;
  /** Text sent by "Check with LoopReady" on a page, shown until dismissed. */
  selection: string | null;
  dismissSelection: () => void;
}

const saveDelayMs = 400;

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

/**
 * Reads an imported file. A .docx or .txt is parsed in a Web Worker so the panel stays
 * responsive (typing still works while a large file is read); PDFs go to pdf.js, which has its
 * own worker. Where Worker does not exist (unit tests) the same code runs here.
 */
async function parseResumeFile(file: File): Promise<ImportResult> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (kindOfFile(file.name) === 'pdf' || typeof Worker === 'undefined')
    return importResumeFile(file.name, bytes, loadPdfJs);
  const worker = new Worker(new URL('./resume-import.worker.ts', import.meta.url), {
    type: 'module',
  });
  try {
    return await new Promise<ImportResult>((resolve) => {
      worker.onmessage = (event: MessageEvent<ImportResult>) => resolve(event.data);
      worker.onerror = (event) =>
        resolve({ ok: false, error: `Couldn't read "${file.name}": ${event.message}` });
      worker.postMessage({ name: file.name, bytes }, [bytes.buffer]);
    });
  } finally {
    worker.terminate();
  }
}

/**
 * The saved resume (IndexedDB through lib/db) plus import, forget and the selection sent from
 * the context menu.
 */
export function useResume(): UseResume {
  const [status, setStatus] = useState<ResumeStatus>('loading');
  const [text, setTextState] = useState('');
  const [fileName, setFileName] = useState('');
  const [importError, setImportError] = useState<string | null>(null);
  const [importNotice, setImportNotice] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [forgotten, setForgotten] = useState<{ text: string; fileName: string } | null>(null);
  const [selection, setSelection] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<{ text: string; fileName: string } | undefined>(undefined);

  useEffect(() => {
    let live = true;
    loadResume()
      .catch(() => undefined)
      .then(
        (saved) => {
          if (!live) return;
          if (saved) {
            setTextState(saved.text);
            setFileName(saved.fileName);
          }
          setStatus('ready');
        },
        () => undefined,
      );
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
    return () => {
      live = false;
      stop();
    };
  }, []);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const next = pending.current;
    pending.current = undefined;
    if (!next) return;
    saveResume(next.text, next.fileName).then(
      () => setSaveError(null),
      (error: unknown) =>
        setSaveError(
          `Not saved: ${error instanceof Error ? error.message : String(error)}. The text stays here; copy it somewhere safe before closing the panel.`,
        ),
    );
  }, []);

  useEffect(() => flush, [flush]);

  const persist = useCallback(
    (next: string, name: string) => {
      clearTimeout(timer.current);
      setForgotten(null);
      const refused = tooLongToSave(next);
      if (refused) {
        // Kept in the editor, never written: the saved copy stays as it was.
        pending.current = undefined;
        setSaveError(refused);
        return;
      }
      pending.current = { text: next, fileName: name };
      timer.current = setTimeout(flush, saveDelayMs);
    },
    [flush],
  );

  const setText = useCallback(
    (next: string) => {
      setTextState(next);
      persist(next, fileName);
    },
    [fileName, persist],
  );

  const importFile = useCallback(
    async (file: File) => {
      setImportError(null);
      setImportNotice(null);
      const result = await parseResumeFile(file);
      if (!result.ok) {
        // Nothing was replaced: the editor and the saved copy are as they were.
        setImportError(result.error);
        return;
      }
      setImportNotice(result.notice ?? null);
      setTextState(result.text);
      // The saved row keeps at most 300 characters of the name; a longer one must not block the save.
      const name = file.name.slice(0, 300);
      setFileName(name);
      persist(result.text, name);
    },
    [persist],
  );

  const forget = useCallback(async () => {
    clearTimeout(timer.current);
    pending.current = undefined;
    await forgetResume();
    setForgotten({ text, fileName });
    setSaveError(null);
    setImportNotice(null);
    setTextState('');
    setFileName('');
  }, [text, fileName]);

  const undoForget = useCallback(async () => {
    if (!forgotten) return;
    setTextState(forgotten.text);
    setFileName(forgotten.fileName);
    setForgotten(null);
    // Written at once (not after the typing delay), so closing the panel right away keeps it.
    if (!tooLongToSave(forgotten.text)) await saveResume(forgotten.text, forgotten.fileName);
    else setSaveError(tooLongToSave(forgotten.text) ?? null);
  }, [forgotten]);

  return {
    status,
    text,
    fileName,
    setText,
    importFile,
    importError,
    importNotice,
    saveError,
    forget,
    canUndoForget: forgotten !== null,
    undoForget,
    selection,
    dismissSelection: () => setSelection(null),
  };
}
