import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { importResumeFile, kindOfFile, type PdfJs } from '../../../lib/resume/import-file';
import { splitResume } from '../../../lib/resume/split-resume';
import { bulletNumbering, docx, docxBomb } from '../../fixtures/docx';

const loadPdfJs = async () => (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;

/** A one-page PDF with two lines of text, offsets computed so the xref table is valid. */
function tinyPdf(lines: string[]): Uint8Array {
  const stream = `BT /F1 12 Tf 72 720 Td ${lines.map((l, i) => `${i ? '0 -16 Td ' : ''}(${l}) Tj`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/** A minimal .docx: content types, the package relationship and a document with two paragraphs. */
async function tinyDocx(paragraphs: string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs
      .map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`)
      .join('')}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

describe('importResumeFile', () => {
  it('reads a PDF with a standard font without a pdf.js standardFontDataUrl warning (issue 20)', async () => {
    const logged: string[] = [];
    const keep = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
    const log = vi.spyOn(console, 'log').mockImplementation(keep);
    const warn = vi.spyOn(console, 'warn').mockImplementation(keep);
    try {
      const result = await importResumeFile('cv.pdf', tinyPdf(['SKILLS', 'Go and SQL']), loadPdfJs);
      expect(result.ok).toBe(true);
    } finally {
      log.mockRestore();
      warn.mockRestore();
    }
    expect(logged.join('\n')).not.toMatch(/standardFontDataUrl|Warning/);
  });

  it('reads the lines of a PDF', async () => {
    const result = await importResumeFile(
      'cv.pdf',
      tinyPdf(['EXPERIENCE', '- Built a cache for 3 teams']),
      loadPdfJs,
    );
    expect(
      result.ok &&
        result.text
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean),
    ).toEqual(['EXPERIENCE', '- Built a cache for 3 teams']);
  });
  it('reads the paragraphs of a .docx', async () => {
    const result = await importResumeFile(
      'cv.docx',
      await tinyDocx(['EXPERIENCE', 'Built a cache for 3 teams']),
      loadPdfJs,
    );
    expect(result).toEqual({ ok: true, text: 'EXPERIENCE\nBuilt a cache for 3 teams\n' });
  });
  it('reads UTF-8 text without its BOM', async () => {
    const bytes = new TextEncoder().encode('\uFEFF- Shipped v2 to 40 users');
    expect(await importResumeFile('cv.txt', bytes, loadPdfJs)).toEqual({
      ok: true,
      text: '- Shipped v2 to 40 users',
    });
  });
  it.each([
    ['cv.png', new Uint8Array([1]), 'choose a .pdf, .docx or .txt file'],
    ['cv.pdf', new TextEncoder().encode('not a pdf'), 'Couldn\'t read "cv.pdf" as PDF'],
    [
      'cv.docx',
      new TextEncoder().encode('not a zip'),
      'Can\'t read "cv.docx": it is not a Word .docx file, or it is damaged. Save it again from Word as .docx, or paste the text.',
    ],
    [
      'cv.txt',
      new Uint8Array(4_096).map((_, i) => (i * 7919 + 13) % 256),
      'Can\'t read "cv.txt": it is not UTF-8 text',
    ],
    [
      'cv.txt',
      new TextEncoder().encode(`- ${'Shipped v2. '.repeat(170_000)}`),
      '"cv.txt" holds 2,040,002 characters, over the 2,000,000 LoopReady can keep; nothing was replaced.',
    ],
    [
      'big.pdf',
      new Uint8Array(11 * 1024 * 1024),
      '"big.pdf" is 11.0 MB, over the 10.0 MB LoopReady imports; export a smaller file.',
    ],
    ['cv.txt', new TextEncoder().encode('   '), 'has no text LoopReady can read'],
  ])('explains why %s cannot be read', async (name, bytes, message) => {
    const result = await importResumeFile(name, bytes, loadPdfJs);
    expect(result.ok ? '' : result.error).toContain(message);
  });
  it('reads a UTF-16 resume with its BOM as text', async () => {
    const text = '- Shipped v2 to 40 users';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    [...text].forEach((ch, i) => bytes.set([ch.charCodeAt(0), 0], 2 + i * 2));
    expect(await importResumeFile('cv.txt', bytes, loadPdfJs)).toEqual({ ok: true, text });
  });

  it('refuses a .docx bomb, naming the limit (its speed: bench docx_bomb_import_ms)', async () => {
    const bomb = docxBomb(30);
    const result = await importResumeFile('cv.docx', bomb, loadPdfJs);
    expect(result).toEqual({
      ok: false,
      error:
        'Can\'t read "cv.docx": it unpacks to 30 MB, over the 20 MB LoopReady reads from a .docx.',
    });
  });

  it('keeps every paragraph of a Word list as a bullet, by numbering or by list style', async () => {
    const bytes = docx(
      [
        'EXPERIENCE',
        { text: 'Built a cache for 3 teams', numbered: true },
        { text: 'Handled employee queries', numbered: true },
        { text: 'Was responsible for payroll', style: 'ListBullet' },
        { text: 'Helped with onboarding', style: 'ListParagraph' },
        'EDUCATION',
      ],
      [bulletNumbering],
    );
    const result = await importResumeFile('cv.docx', bytes, loadPdfJs);
    expect(result.ok ? result.text : result.error).toBe(
      'EXPERIENCE\n• Built a cache for 3 teams\n• Handled employee queries\n• Was responsible for payroll\n• Helped with onboarding\nEDUCATION\n',
    );
    const bullets = splitResume(result.ok ? result.text : '').flatMap((s) => s.bullets);
    expect(bullets.map((b) => b.text)).toEqual([
      'Built a cache for 3 teams',
      'Handled employee queries',
      'Was responsible for payroll',
      'Helped with onboarding',
    ]);
  });

  it('reads the first 20 pages of a long PDF and says so', async () => {
    const pageText = (n: number) => ({
      getTextContent: async () => ({ items: [{ str: `- Page ${n} bullet`, hasEOL: true }] }),
    });
    let read = 0;
    const fake: PdfJs = {
      getDocument: () => ({
        destroy: async () => undefined,
        promise: Promise.resolve({
          numPages: 20_000,
          getPage: async (n: number) => {
            read++;
            return pageText(n);
          },
          destroy: async () => undefined,
        }),
      }),
    };
    const result = await importResumeFile('long.pdf', new Uint8Array(10), fake);
    expect(read).toBe(20);
    expect(result.ok && result.notice).toBe(
      'Read the first 20 of 20000 pages of "long.pdf"; a resume longer than that is not checked past page 20.',
    );
    expect(result.ok && result.text.trim().split('\n').at(-1)).toBe('- Page 20 bullet');
  });

  it('knows the supported kinds', () => {
    expect(['a.PDF', 'b.docx', 'c.txt', 'd.doc'].map(kindOfFile)).toEqual([
      'pdf',
      'docx',
      'txt',
      undefined,
    ]);
  });
});
