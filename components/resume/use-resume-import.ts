import { useCallback, useRef, useState } from 'react';
import {
  importResumeFile,
  kindOfFile,
  refuseBeforeReading,
  type ImportOptions,
  type ImportResult,
  type PdfJs,
} from '@/lib/resume/import-file';

/** An import shows its progress and a Cancel once it has taken this long. */
export const importProgressDelayMs = 1_000;

export interface ImportProgress {
  fileName: string;
  /** The PDF page being read, and how many will be read. */
  page?: number;
  pages?: number;
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

export interface ImportRun {
  /** Set once an import has run for a second: what is being read, for a progress line. */
  importing: ImportProgress | null;
  /** Stops the import under way. */
  cancel: () => void;
  /** Reads `file`; null when a later import (or Cancel's successor) took its place. */
  read: (file: File) => Promise<ImportResult | null>;
}

/** One import at a time, with its progress line after a second and a Cancel. */
export function useImportRun(): ImportRun {
  const [importing, setImporting] = useState<ImportProgress | null>(null);
  const importRun = useRef<AbortController | null>(null);
  const read = useCallback(async (file: File) => {
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
    if (importRun.current !== run) return null;
    importRun.current = null;
    setImporting(null);
    return result;
  }, []);
  const cancel = useCallback(() => importRun.current?.abort(), []);
  return { importing, cancel, read };
}
