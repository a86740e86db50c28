import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkPdfStreams, maxPdfStreamBytes } from '../../../lib/resume/pdf-streams';

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** A small PDF-shaped file whose one stream holds `inflated` bytes, deflated under `dict`. */
function pdfWith(inflated: Uint8Array, dict = '/Filter /FlateDecode'): Uint8Array {
  const packed = deflateSync(inflated);
  const head = latin1(`%PDF-1.7\n4 0 obj\n<< /Length ${packed.length} ${dict} >>\nstream\n`);
  const tail = latin1('\nendstream\nendobj\n%%EOF\n');
  const out = new Uint8Array(head.length + packed.length + tail.length);
  out.set(head, 0);
  out.set(packed, head.length);
  out.set(tail, head.length + packed.length);
  return out;
}

const spaces = (n: number) => new Uint8Array(n).fill(0x20);

describe('checkPdfStreams', () => {
  it('lets a resume-sized page through', async () => {
    const page = latin1('BT /F1 11 Tf 72 720 Td (Cut build times by 40%) Tj ET\n'.repeat(200));
    expect(await checkPdfStreams(pdfWith(page))).toBeUndefined();
  });

  it('stops a stream that unpacks to more than a resume needs, and says why', async () => {
    expect(maxPdfStreamBytes).toBe(4_000_000);
    expect(await checkPdfStreams(pdfWith(spaces(maxPdfStreamBytes + 1)))).toBe(
      'part of its pages unpacks to more than the 3.8 MB a resume of 2,000,000 characters needs (a damaged or hostile file)',
    );
  });

  it('skips images: reading text never decodes them', async () => {
    const image = pdfWith(spaces(maxPdfStreamBytes + 1), '/Subtype /Image /Filter /FlateDecode');
    expect(await checkPdfStreams(image)).toBeUndefined();
  });

  it('never throws on a damaged stream', async () => {
    const damaged = latin1(
      '%PDF-1.7\n1 0 obj\n<< /Length 9 /Filter /FlateDecode >>\nstream\nnot zlib!\nendstream\nendobj\n',
    );
    expect(await checkPdfStreams(damaged)).toBeUndefined();
  });
});
