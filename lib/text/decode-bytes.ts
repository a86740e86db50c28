/**
 * Bytes a user gave us as "text" (a .txt resume, a JSON bullet list) decoded truthfully: a BOM
 * picks UTF-8, UTF-16 LE or UTF-16 BE; without one the bytes must be valid UTF-8. Bytes that are
 * not text (invalid UTF-8, NUL bytes, many control characters) are refused with a reason rather
 * than read as junk bullets.
 */

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

/** Share of control characters (other than tab, newline, carriage return, form feed) that marks binary data. */
const maxControlShare = 0.01;

function encodingOf(bytes: Uint8Array): { label: 'utf-8' | 'utf-16le' | 'utf-16be'; skip: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { label: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: 'utf-16be', skip: 2 };
  return { label: 'utf-8', skip: 0 };
}

/** Counts control characters in one pass (a regex over megabytes would allocate a match array). */
function controlCounts(text: string): { nul: number; control: number } {
  let nul = 0;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) nul++;
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || (c >= 0x7f && c < 0xa0))
      control++;
  }
  return { nul, control };
}

export function decodeText(bytes: Uint8Array): DecodeResult {
  const { label, skip } = encodingOf(bytes);
  let text: string;
  try {
    text = new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(skip));
  } catch {
    return {
      ok: false,
      reason:
        label === 'utf-8'
          ? 'it is not UTF-8 text (binary data, or a text file saved in another encoding)'
          : `it is not valid ${label === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'} text`,
    };
  }
  const { nul, control } = controlCounts(text);
  // UTF-16 saved without a BOM decodes as UTF-8 with a NUL after every ASCII letter.
  if (nul > 0 || control > Math.max(2, text.length * maxControlShare))
    return {
      ok: false,
      reason: 'it holds binary data (NUL or control characters), not text',
    };
  return { ok: true, text };
}
