/// <reference lib="webworker" />
import { importResumeFile, type PdfJs } from '@/lib/resume/import-file';

/**
 * Reads a .docx or .txt resume off the side panel's main thread: unzipping and parsing a large
 * Word file takes seconds, and on the main thread that froze the panel. PDFs never come here
 * (pdf.js already parses in its own worker, and reads 20 pages at most).
 */

export interface ImportRequest {
  name: string;
  bytes: Uint8Array;
}

const noPdf = (): Promise<PdfJs> => Promise.reject(new Error('PDFs are read by pdf.js'));

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { name, bytes } = event.data;
  void importResumeFile(name, bytes, noPdf).then(
    (result) => self.postMessage(result),
    (error: unknown) =>
      self.postMessage({
        ok: false,
        error: `Couldn't read "${name}": ${error instanceof Error ? error.message : String(error)}`,
      }),
  );
};
