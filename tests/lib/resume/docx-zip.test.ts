import { describe, expect, it } from 'vitest';
import { checkDocxSizes, readZipDirectory } from '../../../lib/resume/docx-zip';
import { docx, docxBomb, zip } from '../../fixtures/docx';

describe('checkDocxSizes', () => {
  it('lets an ordinary .docx through and lists its parts', async () => {
    const bytes = docx(['EXPERIENCE', 'Built a cache for 3 teams']);
    expect(await checkDocxSizes(bytes)).toBeUndefined();
    const entries = readZipDirectory(bytes);
    expect(typeof entries === 'string' ? entries : entries.map((e) => e.name)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'word/document.xml',
    ]);
  });

  it('refuses a bomb from the sizes its directory declares, before inflating', async () => {
    // 30 MB of XML, a few tens of kB packed.
    const bomb = docxBomb(30);
    expect(bomb.byteLength).toBeLessThan(200_000);
    const reason = await checkDocxSizes(bomb);
    expect(reason).toMatch(/^it unpacks to 30 MB, over the 20 MB LoopReady reads from a \.docx$/);
  });

  it('catches a directory that understates what a part inflates to', async () => {
    const liar = docxBomb(30, 2_000);
    expect(await checkDocxSizes(liar)).toBe(
      'its part "word/document.xml" unpacks to more than the file declares (a damaged or hostile file)',
    );
  });

  it('sums every part against the limit', async () => {
    const parts = [1, 2, 3].map((n) => ({ name: `word/media/${n}.xml`, data: 'x'.repeat(4_000) }));
    expect(await checkDocxSizes(zip(parts), 10_000)).toMatch(
      /^it unpacks to 0\.0 MB, over the 0\.0 MB/,
    );
    expect(await checkDocxSizes(zip(parts), 12_000)).toBeUndefined();
  });

  it.each([
    [
      'not a zip',
      new TextEncoder().encode('not a zip'),
      'it is not a Word .docx file, or it is damaged. Save it again from Word as .docx, or paste the text',
    ],
    [
      'a cut-off zip',
      docx(['a']).slice(0, -30),
      'it is not a Word .docx file, or it is damaged. Save it again from Word as .docx, or paste the text',
    ],
  ])('names %s', async (_label, bytes, reason) => {
    expect(await checkDocxSizes(bytes)).toBe(reason);
  });

  it('names a directory that points outside the file', async () => {
    const bytes = docx(['a']);
    const view = new DataView(bytes.buffer);
    view.setUint32(bytes.byteLength - 6, bytes.byteLength, true);
    expect(await checkDocxSizes(bytes)).toBe(
      'it is damaged: part of the file is missing. Save it again from Word as .docx, or paste the text',
    );
  });
});
