/**
 * Turns an imported resume file (bytes) into plain text: PDF through pdfjs-dist, .docx through
 * mammoth, .txt decoded as UTF-8. Pure: the caller reads the file and passes the pdfjs module,
 * because the browser (bundled worker) and Node (legacy build, no worker) load it differently.
 * Errors come back as `{ ok: false, error }` with a message a user can act on; never throws.
 */

export const importKinds = ['pdf', 'docx', 'txt'] as const;
export type ImportKind = (typeof importKinds)[number];
export type ImportResult = { ok: true; text: string } | { ok: false; error: string };

/** The part of pdfjs-dist we use (both the browser and the legacy build fit it). */
export interface PdfJs {
  getDocument: (src: {
    data: Uint8Array;
    isEvalSupported?: boolean;
    disableFontFace?: boolean;
    useSystemFonts?: boolean;
  }) => {
    promise: Promise<{
      numPages: number;
      getPage: (n: number) => Promise<{
        getTextContent: () => Promise<{ items: readonly unknown[] }>;
      }>;
      destroy: () => Promise<void>;
    }>;
  };
}

export const maxImportBytes = 10 * 1024 * 1024;

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

/** Text of every page, one line per printed line (a new line when the baseline moves). */
export async function pdfToText(bytes: Uint8Array, pdfjs: PdfJs): Promise<string> {
  const doc = await pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
  }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { items } = await page.getTextContent();
      let out = '';
      let lastY: number | undefined;
      for (const item of items.filter(isTextItem)) {
        const y = item.transform?.[5];
        if (
          lastY !== undefined &&
          y !== undefined &&
          Math.abs(y - lastY) > 2 &&
          !out.endsWith('\n')
        )
          out += '\n';
        out += item.str;
        if (item.hasEOL) out += '\n';
        lastY = item.hasEOL ? undefined : y;
      }
      pages.push(out);
    }
    return pages.join('\n');
  } finally {
    await doc.destroy();
  }
}

/** Raw text of a .docx (paragraphs on their own lines). */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const mammoth = await import('mammoth');
  const arrayBuffer = bytes.buffer.slice(
    bytes.byteOffset,
    bytes.byteOffset + bytes.byteLength,
  ) as ArrayBuffer;
  // The browser build reads `arrayBuffer`, the Node build `buffer`; both accept the same bytes.
  const input = { arrayBuffer, buffer: bytes } as unknown as Parameters<
    typeof mammoth.extractRawText
  >[0];
  const result = await mammoth.extractRawText(input);
  return result.value.replace(/\n{2,}/g, '\n');
}

export function txtToText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/** Reads any supported file; the message says what went wrong and what to try. */
export async function importResumeFile(
  name: string,
  bytes: Uint8Array,
  pdfjs: PdfJs | (() => Promise<PdfJs>),
): Promise<ImportResult> {
  const kind = kindOfFile(name);
  if (!kind)
    return { ok: false, error: `Can't read "${name}": choose a .pdf, .docx or .txt file.` };
  if (bytes.byteLength > maxImportBytes)
    return { ok: false, error: `"${name}" is over 10 MB; export a smaller file.` };
  try {
    const text =
      kind === 'pdf'
        ? await pdfToText(bytes, typeof pdfjs === 'function' ? await pdfjs() : pdfjs)
        : kind === 'docx'
          ? await docxToText(bytes)
          : txtToText(bytes);
    if (!text.trim()) {
      return {
        ok: false,
        error: `"${name}" has no text LoopReady can read (a scanned image?). Paste the text instead.`,
      };
    }
    return { ok: true, text };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `Couldn't read "${name}" as ${kind.toUpperCase()}: ${reason}` };
  }
}
