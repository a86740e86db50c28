/**
 * Checks a .docx (a zip file) before anything inflates it: the sizes its central directory
 * declares, and that no entry inflates to more than it declares. A "zip bomb" of a few hundred
 * kilobytes that inflates to 200 MB of XML would otherwise freeze the side panel and run the CLI
 * out of memory. Parsed here with DataView (no dependency); the inflating is done by the
 * platform's DecompressionStream, read chunk by chunk and stopped as soon as a limit is passed.
 */
import { maxResumeChars } from './schema';

/** Most bytes all entries of a .docx may inflate to (a long resume with images is under 5 MB). */
export const maxDocxUncompressedBytes = 20 * 1024 * 1024;
/**
 * Most bytes one XML part may inflate to: four bytes of markup for each character a resume may
 * hold. A long real resume's word/document.xml is under 1 MB; a 56 kB file whose 19 MB of
 * paragraphs fitted under the zip limit took 2 GB and 16 s to parse before it was refused.
 */
export const maxDocxXmlPartBytes = 4 * maxResumeChars;
/** Most entries in a .docx (a real one has 10 to 40). */
export const maxDocxEntries = 2_000;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const endSignature = 0x06054b50;
const entrySignature = 0x02014b50;
const localSignature = 0x04034b50;

/** The central directory's entries, or a reason the bytes are not a zip file we can read. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is 22 bytes plus a comment of at most 65,535 bytes, at the end of the file.
  let end = -1;
  for (let at = bytes.byteLength - 22; at >= Math.max(0, bytes.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === endSignature) {
      end = at;
      break;
    }
  }
  if (end < 0)
    return 'it is not a Word .docx file, or it is damaged. Save it again from Word as .docx, or paste the text';
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (count > maxDocxEntries) return `it holds ${count} parts (a .docx has a few dozen)`;
  if (offset + size > bytes.byteLength)
    return 'it is damaged: part of the file is missing. Save it again from Word as .docx, or paste the text';
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== entrySignature)
      return 'it is damaged: part of the file is missing. Save it again from Word as .docx, or paste the text';
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * The bytes as a stream of 1 kB slices, each given only when asked for. Fed in one piece, the
 * browser inflates a whole input chunk before we see any output: 64 kB of a bomb is 64 MB.
 * A 1 kB slice inflates to at most about 1 MB (deflate's ratio is at most 1032:1).
 */
function inSlices(data: Uint8Array, size = 1024): ReadableStream<BufferSource> {
  let at = 0;
  return new ReadableStream<BufferSource>(
    {
      pull(controller) {
        if (at >= data.length) controller.close();
        else controller.enqueue(data.slice(at, at + size));
        at += size;
      },
    },
    { highWaterMark: 0 },
  );
}

/**
 * Bytes a deflate stream inflates to, counting chunk by chunk and stopping once past `limit`:
 * raw deflate (a zip entry) or zlib-wrapped (a PDF's FlateDecode stream).
 */
export async function inflatedSize(
  data: Uint8Array,
  limit: number,
  format: 'deflate-raw' | 'deflate' = 'deflate-raw',
): Promise<number> {
  const stream = inSlices(data).pipeThrough(new DecompressionStream(format));
  const reader = stream.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return total;
      total += value.byteLength;
      if (total > limit) return total;
    }
  } catch {
    // A damaged stream: what was inflated so far is what counts; the .docx reader reports the damage.
    return total;
  } finally {
    reader.cancel().catch(() => undefined);
  }
}

function megabytes(n: number): string {
  const mb = n / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : mb.toFixed(1)} MB`;
}

/**
 * Undefined when the .docx may be opened, else why not (ends a sentence "Can't read X: ...").
 * Declared sizes are summed first (cheap); then each deflated entry is inflated and counted, so
 * a directory that understates its sizes is caught too.
 */
export async function checkDocxSizes(
  bytes: Uint8Array,
  limit = maxDocxUncompressedBytes,
): Promise<string | undefined> {
  const entries = readZipDirectory(bytes);
  if (typeof entries === 'string') return entries;
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > limit)
    return `it unpacks to ${megabytes(declared)}, over the ${megabytes(limit)} LoopReady reads from a .docx`;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const entry of entries) {
    const local = entry.localHeaderOffset;
    if (local + 30 > bytes.byteLength || view.getUint32(local, true) !== localSignature)
      return 'it is damaged: part of the file is missing. Save it again from Word as .docx, or paste the text';
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + entry.compressedSize);
    const partLimit = entry.name.toLowerCase().endsWith('.xml') ? maxDocxXmlPartBytes : limit;
    const tooMuchText = `its part "${entry.name}" unpacks to more than the ${megabytes(partLimit)} of markup a resume of ${maxResumeChars.toLocaleString('en-US')} characters needs`;
    if (entry.uncompressedSize > partLimit) return tooMuchText;
    const size =
      entry.method === 8 ? await inflatedSize(data, entry.uncompressedSize) : data.length;
    if (size > partLimit) return tooMuchText;
    if (size > entry.uncompressedSize)
      return `its part "${entry.name}" unpacks to more than the file declares (a damaged or hostile file)`;
    total += size;
    if (total > limit)
      return `it unpacks to more than the ${megabytes(limit)} LoopReady reads from a .docx`;
  }
  return undefined;
}
