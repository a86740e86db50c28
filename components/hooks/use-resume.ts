import { useCallback, useEffect, useRef, useState } from 'react';
import { forgetResume, loadResume, saveResume } from '@/lib/db/resume';
import { takePendingSelection, watchPendingSelection } from '@/lib/messaging/selection';
import { importResumeFile, type PdfJs } from '@/lib/resume/import-file';

export type ResumeStatus = 'loading' | 'ready';

export interface UseResume {
  status: ResumeStatus;
  text: string;
  fileName: string;
  /** Replaces the text (typing, pasting, an edited bullet); saved shortly after. */
  setText: (text: string) => void;
  importFile: (file: File) => Promise<void>;
  importError: string | null;
  /** Deletes the saved resume and clears the view. */
  forget: () => Promise<void>;
  /** Text sent by "Check with LoopReady" on a page, shown until dismissed. */
  selection: string | null;
  dismissSelection: () => void;
}

const saveDelayMs = 400;

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
 * The saved resume (IndexedDB through lib/db) plus import, forget and the selection sent from
 * the context menu.
 */
export function useResume(): UseResume {
  const [status, setStatus] = useState<ResumeStatus>('loading');
  const [text, setTextState] = useState('');
  const [fileName, setFileName] = useState('');
  const [importError, setImportError] = useState<string | null>(null);
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
    if (next) saveResume(next.text, next.fileName).catch(() => undefined);
  }, []);

  useEffect(() => flush, [flush]);

  const persist = useCallback(
    (next: string, name: string) => {
      pending.current = { text: next, fileName: name };
      clearTimeout(timer.current);
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
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = await importResumeFile(file.name, bytes, loadPdfJs);
      if (!result.ok) {
        setImportError(result.error);
        return;
      }
      setTextState(result.text);
      setFileName(file.name);
      persist(result.text, file.name);
    },
    [persist],
  );

  const forget = useCallback(async () => {
    clearTimeout(timer.current);
    pending.current = undefined;
    await forgetResume();
    setTextState('');
    setFileName('');
  }, []);

  return {
    status,
    text,
    fileName,
    setText,
    importFile,
    importError,
    forget,
    selection,
    dismissSelection: () => setSelection(null),
  };
}
