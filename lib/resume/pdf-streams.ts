/**
 * Checks a PDF's compressed streams before pdf.js parses it. pdf.js inflates a stream whole into
 * memory, and parses a page's content stream once per page that uses it: a 1 MB PDF that inflates
 * to 1 GB of whitespace took 2.5 GB of memory, and 20 pages sharing one 50 MB stream took minutes.
 * Each FlateDecode stream is inflated here chunk by chunk (the platform's DecompressionStream)
 * and counted, stopping as soon as a limit is passed. Images are skipped: reading text never
 * decodes them. The limits are in the README's "Size limits" table.
 */
import { inflatedSize } from './docx-zip';
import { maxResumeChars } from './schema';

/**
 * Most bytes one stream other than an image or a font may inflate to: two bytes of page
 * description for each character a resume may hold. A page of a real resume is under 100 kB.
 */
export const maxPdfStreamBytes = 2 * maxResumeChars;
/** Most bytes one embedded font may inflate to (a whole CJK font is about 20 MB). */
export const maxPdfFontBytes = 32 * 1024 * 1024;
/** Most bytes all the streams counted here may inflate to together. */
export const maxPdfInflatedBytes = 64 * 1024 * 1024;

function megabytes(n: number): string {
  const mb = n / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : mb.toFixed(1)} MB`;
}

interface PdfStream {
  dict: string;
  start: number;
  end: number;
}

/** Every `<< ... >> stream ... endstream` in the file, read as one byte per character. */
function findStreams(text: string): PdfStream[] {
  const streams: PdfStream[] = [];
  const keyword = /stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = keyword.exec(text))) {
    const at = match.index;
    // "endstream" also ends in "stream"; the keyword that starts a stream follows a dictionary.
    const before = text.slice(Math.max(0, at - 4_096), at);
    if (!/>>\s*$/.test(before)) continue;
    const objAt = before.lastIndexOf(' obj');
    const dict = objAt >= 0 ? before.slice(objAt) : before;
    const start = at + match[0].length;
    const endAt = text.indexOf('endstream', start);
    const end = endAt < 0 ? text.length : endAt;
    streams.push({ dict, start, end });
    keyword.lastIndex = end;
  }
  return streams;
}

const isImage = (dict: string) => /\/Subtype\s*\/Image\b/.test(dict);
const isFont = (dict: string) =>
  /\/Length[123]\b/.test(dict) || /\/Subtype\s*\/(Type1C|CIDFontType0C|OpenType)\b/.test(dict);
/** Only FlateDecode alone (or first) is inflated here; other filters are left to pdf.js. */
const isFlate = (dict: string) => /\/Filter\s*(\[\s*)?\/(FlateDecode|Fl)\b/.test(dict);

/**
 * Undefined when pdf.js may open the file, else why not (ends a sentence "Can't read X: ...").
 * Never throws: a damaged stream counts what inflated before the damage.
 */
export async function checkPdfStreams(bytes: Uint8Array): Promise<string | undefined> {
  const text = new TextDecoder('latin1').decode(bytes);
  let total = 0;
  for (const stream of findStreams(text)) {
    if (isImage(stream.dict) || !isFlate(stream.dict)) continue;
    const font = isFont(stream.dict);
    const limit = font ? maxPdfFontBytes : maxPdfStreamBytes;
    const size = await inflatedSize(
      bytes.subarray(stream.start, stream.end),
      Math.min(limit, maxPdfInflatedBytes - total),
      'deflate',
    );
    if (size > limit)
      return font
        ? `a font in it unpacks to more than ${megabytes(limit)} (a damaged or hostile file)`
        : `part of its pages unpacks to more than the ${megabytes(limit)} a resume of ${maxResumeChars.toLocaleString('en-US')} characters needs (a damaged or hostile file)`;
    total += size;
    if (total > maxPdfInflatedBytes)
      return `it unpacks to more than the ${megabytes(maxPdfInflatedBytes)} LoopReady reads from a PDF`;
  }
  return undefined;
}
