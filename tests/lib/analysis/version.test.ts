// @vitest-environment happy-dom
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../../lib/analysis/analyze';
import { analyserVersion } from '../../../lib/analysis/version';
import { extractPosting } from '../../../lib/posting/extract';

/**
 * Saved postings keep their analysis and are analysed again only when `analyserVersion` changes,
 * so the version must change whenever the analysis does. This pins what the analyser says about
 * every fixture page to the version: when it fails, the analyser's output changed; bump
 * `analyserVersion` in lib/analysis/version.ts and put the new fingerprint and version here.
 */
const pinned = { version: 4, fingerprint: '80d14c0ae6eaecb6' };

const fixtureDir = path.resolve(import.meta.dirname, '../../fixtures/amazon-jobs');

function fingerprint(): string {
  const hash = createHash('sha256');
  for (const file of fs
    .readdirSync(fixtureDir)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    const html = fs.readFileSync(path.join(fixtureDir, file), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const result = extractPosting(doc, `https://www.amazon.jobs/en/jobs/3000101/${file}`);
    hash.update(`${file}\n${JSON.stringify(analyzePosting(result))}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

describe('analyserVersion', () => {
  it('changes whenever the analysis of the fixture pages changes', () => {
    expect({ version: analyserVersion, fingerprint: fingerprint() }).toEqual(pinned);
  });
});
