import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../lib/text/decode-bytes';

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  const view = new DataView(out.buffer);
  for (let i = 0; i < text.length; i++)
    view.setUint16(2 + i * 2, text.charCodeAt(i), endian === 'le');
  return out;
}

describe('decodeText', () => {
  const resume = 'EXPERIENCE\n• Cut build time by 40% for 12 teams – café\n';
  it.each([
    ['UTF-8', new TextEncoder().encode(resume)],
    ['UTF-8 with a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(resume)])],
    ['UTF-16 LE with a BOM', utf16(resume, 'le')],
    ['UTF-16 BE with a BOM', utf16(resume, 'be')],
  ])('reads %s', (_label, bytes) => {
    expect(decodeText(bytes)).toEqual({ ok: true, text: resume });
  });

  it('refuses bytes that are not UTF-8', () => {
    const random = new Uint8Array(4_096).map((_, i) => (i * 7919 + 13) % 256);
    expect(decodeText(random)).toEqual({
      ok: false,
      reason: 'it is not UTF-8 text (binary data, or a text file saved in another encoding)',
    });
  });

  it('refuses UTF-16 saved without a BOM (a NUL after every letter)', () => {
    const bytes = utf16('Led the team', 'le').slice(2);
    expect(decodeText(bytes)).toEqual({
      ok: false,
      reason: 'it holds binary data (NUL or control characters), not text',
    });
  });

  it('refuses valid UTF-8 full of control characters, but allows a stray one', () => {
    expect(decodeText(new TextEncoder().encode('\u0001\u0002\u0003abc\u0004')).ok).toBe(false);
    expect(decodeText(new TextEncoder().encode(`${'Led the team. '.repeat(50)}\u000b`)).ok).toBe(
      true,
    );
  });
});
