import { decodeText } from '../text/decode-bytes';
import { checkDocxSizes, maxDocxUncompressedBytes } from './docx-zip';
import { checkPdfStreams } from './pdf-streams';
import { maxResumeChars } from './schema';

/**
 * Turns an imported resume file (bytes) into plain text: PDF through pdfjs-dist (first
 * `maxPdfPages` pages), .docx through mammoth (after its zip sizes are checked, list paragraphs
 * as "• " bullets), .txt decoded by its BOM (UTF-8 or UTF-16) and refused when it is binary.
 * Pure: the caller reads the file and passes the pdfjs module, because the browser (bundled
 * worker) and Node (legacy build, no worker) load it differently. Errors come back as
 * `{ ok: false, error }` with a message a user can act on; never throws. Every limit here is
 * in the README's "Size limits" table.
 */

export const importKinds = ['pdf', 'docx', 'txt'] as const;
export type ImportKind = (typeof importKinds)[number];
/** `notice` says what was left out (pages past the limit), for the user to see. */
export type ImportResult =
  { ok: true; text: string; notice?: string } | { ok: false; error: string; cancelled?: boolean };

/** The part of pdfjs-dist we use (both the browser and the legacy build fit it). */
export interface PdfJs {
  getDocument: (src: {
    data: Uint8Array;
    isEvalSupported?: boolean;
    disableFontFace?: boolean;
    useSystemFonts?: boolean;
    verbosity?: number;
    maxImageSize?: number;
  }) => {
    destroy: () => Promise<void>;
    promise: Promise<{
      numPages: number;
      getPage: (n: number) => Promise<{
        getTextContent: () => Promise<{ items: readonly unknown[] }>;
      }>;
    }>;
  };
}

/** Largest file read at all (bytes on disk). */
export const maxImportBytes = 10 * 1024 * 1024;
/** Pages of a PDF read; a resume is one to three, and a 20,000-page PDF took minutes. */
export const maxPdfPages = 20;
/**
 * Longest a PDF is read for. A resume takes well under a second; a file built to stall a reader
 * (pages that each parse the same huge stream) is stopped here rather than reading for minutes.
 */
export const maxPdfReadMs = 10_000;

/** What an import may be told: the page being read, and a signal to stop (Cancel). */
export interface ImportOptions {
  signal?: AbortSignal;
  onProgress?: (progress: { page: number; pages: number }) => void;
}
export { maxDocxUncompressedBytes };

/** A refusal whose message is already the whole sentence for the user. */
class Refusal extends Error {}

/** Which importer a file name calls for, or undefined for unsupported types. */
export function kindOfFile(name: string): ImportKind | undefined {
  const ext = name.toLowerCase().split('.').at(-1) ?? '';
  if (ext === 'pdf') return 'pdf';
  if (ext === 'docx') return 'docx';
  if (ext === 'txt' || ext === 'text' || ext === 'md') return 'txt';
  return undefined;
}

interface TextItem {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
}
function isTextItem(item: unknown): item is TextItem {
  return (
    typeof item === 'object' && item !== null && typeof (item as { str?: unknown }).str === 'string'
  );
}

/** One page's text, one line per printed line (a new line when the baseline moves). */
function pageText(items: readonly unknown[]): string {
  let out = '';
  let lastY: number | undefined;
  for (const item of items.filter(isTextItem)) {
    const y = item.transform?.[5];
    if (lastY !== undefined && y !== undefined && Math.abs(y - lastY) > 2 && !out.endsWith('\n'))
      out += '\n';
    out += item.str;
    if (item.hasEOL) out += '\n';
    lastY = item.hasEOL ? undefined : y;
  }
  return out;
}

/** The user pressed Cancel. */
class Cancelled extends Error {}

const tooSlow = (page: number, pages: number) =>
  `reading it took over ${maxPdfReadMs / 1000} seconds (page ${page} of ${pages}), so LoopReady stopped; the file may be damaged or built to stall a reader. Save it as a PDF again, or paste the text`;
const tooMuchText = (page: number) =>
  `its text passes the ${maxResumeChars.toLocaleString('en-US')} characters LoopReady can keep (by page ${page}); nothing was replaced`;

/**
 * Text of the first `maxPages` pages and how many pages the file has. Its compressed streams are
 * checked first; reading stops when the text passes the resume's limit, after `maxPdfReadMs`, or
 * when `options.signal` aborts (the document is destroyed, which ends pdf.js's worker job).
 */
export async function pdfToText(
  bytes: Uint8Array,
  loadPdfJs: PdfJs | (() => Promise<PdfJs>),
  maxPages = maxPdfPages,
  options: ImportOptions = {},
): Promise<{ text: string; pages: number }> {
  // Checked before pdf.js is even loaded: a refused file costs no parser.
  const refused = await checkPdfStreams(bytes);
  if (refused) throw new Refusal(refused);
  const pdfjs = typeof loadPdfJs === 'function' ? await loadPdfJs() : loadPdfJs;
  if (options.signal?.aborted) throw new Cancelled();
  const started = Date.now();
  const task = pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    // Text needs no glyphs: with system fonts allowed, pdf.js does not fetch its standard font
    // data (which would log a `standardFontDataUrl` warning, and we ship no font files), and at
    // verbosity 0 (errors only) the Symbol and ZapfDingbats fonts it still asks for stay quiet.
    useSystemFonts: true,
    verbosity: 0,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let page = 0;
  let last = 0;
  const stopped = new Promise<never>((_, reject) => {
    const stop = (why: Error) => {
      reject(why);
      void task.destroy().catch(() => undefined);
    };
    timer = setTimeout(() => stop(new Refusal(tooSlow(page, last))), maxPdfReadMs);
    options.signal?.addEventListener('abort', () => stop(new Cancelled()), { once: true });
  });
  stopped.catch(() => undefined);
  const race = <T>(p: Promise<T>) => Promise.race([p, stopped]);
  try {
    const doc = await race(task.promise);
    last = Math.min(doc.numPages, maxPages);
    const pages: string[] = [];
    let length = 0;
    for (page = 1; page <= last; page++) {
      // Checked here too: where pdf.js runs on this thread (Node), the timer waits for a page.
      if (Date.now() - started > maxPdfReadMs) throw new Refusal(tooSlow(page, last));
      options.onProgress?.({ page, pages: last });
      const { items } = await race(race(doc.getPage(page)).then((p) => p.getTextContent()));
      const text = pageText(items);
      length += text.length + 1;
      if (length > maxResumeChars) throw new Refusal(tooMuchText(page));
      pages.push(text);
    }
    return { text: pages.join('\n'), pages: doc.numPages };
  } finally {
    clearTimeout(timer);
    await task.destroy().catch(() => undefined);
  }
}

/** The parts of mammoth's document tree we read. */
interface DocxElement {
  type: string;
  value?: string;
  children?: DocxElement[];
  numbering?: unknown;
  styleId?: string | null;
  styleName?: string | null;
}

/** A paragraph Word shows with a bullet or number: numbering properties or a list style. */
function isListParagraph(p: DocxElement): boolean {
  if (p.numbering) return true;
  const style = `${p.styleId ?? ''} ${p.styleName ?? ''}`.toLowerCase();
  return /\blist ?(paragraph|bullet|number|continue)|\blist\b/.test(style);
}

/** mammoth's raw-text rules (paragraphs on their own lines, tabs kept) plus "• " for list items. */
function docxElementText(element: DocxElement, out: string[]): void {
  if (element.type === 'text') out.push(element.value ?? '');
  else if (element.type === 'tab') out.push('\t');
  else {
    if (element.type === 'paragraph' && isListParagraph(element)) out.push('• ');
    for (const child of element.children ?? []) docxElementText(child, out);
    if (element.type === 'paragraph') out.push('\n');
  }
}

/** Raw text of a .docx (paragraphs on their own lines; list paragraphs start with "• "). */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const refused = await checkDocxSizes(bytes);
  if (refused) throw new Refusal(refused);
  const mammoth = await import('mammoth');
  const arrayBuffer = bytes.buffer.slice(
    bytes.byteOffset,
    bytes.byteOffset + bytes.byteLength,
  ) as ArrayBuffer;
  // The browser build reads `arrayBuffer`, the Node build `buffer`; both accept the same bytes.
  const input = { arrayBuffer, buffer: bytes } as unknown as Parameters<
    typeof mammoth.convertToHtml
  >[0];
  // extractRawText drops list numbering, so the weakest bullets of a Word list lost their
  // marker and were read as plain lines; the document tree keeps it. The tree handed back is
  // emptied so mammoth renders no HTML we would throw away.
  const out: string[] = [];
  await mammoth.convertToHtml(input, {
    transformDocument: (doc: DocxElement) => {
      docxElementText(doc, out);
      return { ...doc, children: [] };
    },
  });
  return out.join('').replace(/\n{2,}/g, '\n');
}

export function txtToText(bytes: Uint8Array): string {
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new Refusal(decoded.reason);
  return decoded.text;
}

/** "12.3 MB" for a size in a message. */
function sizeLabel(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Why a file of this name and size is not read at all, or undefined. Called with `file.size`
 * before a byte is read: a 3.2 GB file read whole failed with an unhandled error.
 */
export function refuseBeforeReading(name: string, size: number): string | undefined {
  if (!kindOfFile(name)) return `Can't read "${name}": choose a .pdf, .docx or .txt file.`;
  if (size > maxImportBytes)
    return `"${name}" is ${sizeLabel(size)}, over the ${sizeLabel(maxImportBytes)} LoopReady imports; export a smaller file.`;
  return undefined;
}

/** Reads any supported file; the message says what went wrong and what to try. */
export async function importResumeFile(
  name: string,
  bytes: Uint8Array,
  pdfjs: PdfJs | (() => Promise<PdfJs>),
  options: ImportOptions = {},
): Promise<ImportResult> {
  const kind = kindOfFile(name);
  const refused = refuseBeforeReading(name, bytes.byteLength);
  if (!kind || refused) return { ok: false, error: refused ?? '' };
  try {
    let text: string;
    let notice: string | undefined;
    if (kind === 'pdf') {
      const pdf = await pdfToText(bytes, pdfjs, maxPdfPages, options);
      text = pdf.text;
      if (pdf.pages > maxPdfPages)
        notice = `Read the first ${maxPdfPages} of ${pdf.pages} pages of "${name}"; a resume longer than that is not checked past page ${maxPdfPages}.`;
    } else {
      text = kind === 'docx' ? await docxToText(bytes) : txtToText(bytes);
    }
    if (!text.trim()) {
      return {
        ok: false,
        error: `"${name}" has no text LoopReady can read (a scanned image?). Paste the text instead.`,
      };
    }
    if (text.length > maxResumeChars) {
      return {
        ok: false,
        error: `"${name}" holds ${text.length.toLocaleString('en-US')} characters, over the ${maxResumeChars.toLocaleString('en-US')} LoopReady can keep; nothing was replaced.`,
      };
    }
    return notice ? { ok: true, text, notice } : { ok: true, text };
  } catch (error) {
    if (error instanceof Cancelled)
      return {
        ok: false,
        cancelled: true,
        error: `Stopped reading "${name}"; nothing was replaced.`,
      };
    if (error instanceof Refusal)
      return { ok: false, error: `Can't read "${name}": ${error.message}.` };
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `Couldn't read "${name}" as ${kind.toUpperCase()}: ${reason}` };
  }
}
