import { describe, expect, it } from 'vitest';
import { importResumeFile, refuseBeforeReading, type PdfJs } from '../../../lib/resume/import-file';
import { docx, docxBomb } from '../../fixtures/docx';
import { pdf, resumePages } from '../../fixtures/pdf';

const loadPdfJs = async () => (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;

/** Wall-clock milliseconds of `run`, and its result. */
async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await run();
  return { ms: performance.now() - started, result };
}

describe('importing a hostile resume file', () => {
  it('refuses a 3.2 GB file by its size, before reading a byte', () => {
    expect(refuseBeforeReading('huge.pdf', 3.2 * 1024 ** 3)).toBe(
      '"huge.pdf" is 3276.8 MB, over the 10.0 MB LoopReady imports; export a smaller file.',
    );
    expect(refuseBeforeReading('cv.pdf', 200_000)).toBeUndefined();
  });

  it('reads an ordinary PDF whose text is compressed', async () => {
    const result = await importResumeFile('cv.pdf', pdf({ pages: resumePages(2) }), loadPdfJs);
    expect(result.ok && result.text).toContain('Led project 6 for 4 teams');
  });

  it('refuses 20 pages sharing one 50 MB stream in seconds, not minutes', async () => {
    const file = pdf({ pages: resumePages(20), padMegabytes: 50, shared: true });
    expect(file.byteLength).toBeLessThan(200_000);
    const { ms, result } = await timed(() => importResumeFile('shared.pdf', file, loadPdfJs));
    expect(result).toEqual({
      ok: false,
      error:
        'Can\'t read "shared.pdf": part of its pages unpacks to more than the 3.8 MB a resume of 2,000,000 characters needs (a damaged or hostile file).',
    });
    expect(ms).toBeLessThan(5_000);
  }, 30_000);

  it('stops at the resume limit when the pages hold too much text, reading no further', async () => {
    // 150,000 characters a page: the 14th passes the 2,000,000 a resume may hold.
    let read = 0;
    const fake: PdfJs = {
      getDocument: () => ({
        destroy: async () => undefined,
        promise: Promise.resolve({
          numPages: 20,
          getPage: async () => {
            read++;
            return {
              getTextContent: async () => ({ items: [{ str: 'x'.repeat(150_000), hasEOL: true }] }),
            };
          },
        }),
      }),
    };
    const result = await importResumeFile('long.pdf', pdf({ pages: resumePages(1) }), fake);
    expect(result).toEqual({
      ok: false,
      error:
        'Can\'t read "long.pdf": its text passes the 2,000,000 characters LoopReady can keep (by page 14); nothing was replaced.',
    });
    expect(read).toBe(14);
  });

  it('stops reading when Cancel aborts, and says nothing was replaced', async () => {
    const controller = new AbortController();
    const result = await importResumeFile('cv.pdf', pdf({ pages: resumePages(3) }), loadPdfJs, {
      signal: controller.signal,
      onProgress: ({ page }) => {
        if (page === 2) controller.abort();
      },
    });
    expect(result).toEqual({
      ok: false,
      cancelled: true,
      error: 'Stopped reading "cv.pdf"; nothing was replaced.',
    });
  });

  it('refuses a 56 kB .docx whose 19 MB of paragraphs fit under the zip limit, early', async () => {
    const bomb = docxBomb(19);
    expect(bomb.byteLength).toBeLessThan(100_000);
    const { ms, result } = await timed(() => importResumeFile('cv.docx', bomb, loadPdfJs));
    expect(result).toEqual({
      ok: false,
      error:
        'Can\'t read "cv.docx": its part "word/document.xml" unpacks to more than the 7.6 MB of markup a resume of 2,000,000 characters needs.',
    });
    expect(ms).toBeLessThan(3_000);
  });

  it('still reads a .docx under the markup limit', async () => {
    const result = await importResumeFile('cv.docx', docx(['Led a team of 4']), loadPdfJs);
    expect(result.ok && result.text.trim()).toBe('Led a team of 4');
  });
});
