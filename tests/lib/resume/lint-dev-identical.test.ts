import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  fingerprints,
  hashFile,
  readDevBullets,
  type Fingerprints,
} from '../../../scripts/lint-fingerprint';

// What the linter says about every real dev bullet is pinned by hash (no dev text is committed),
// so moving code cannot change a finding unnoticed. A change made on purpose regenerates the
// file (`npx tsx scripts/lint-fingerprint.ts --write`) in a commit that says why.
// This file must not load compromise before fingerprints() does: it checks the word-list path first.
const dev = readDevBullets();
if (dev.length === 0) console.warn('skipped: ../shared/data/resume-bullets-dev.json not found');

describe.skipIf(dev.length === 0)('lint findings on the dev bullets', () => {
  it('are identical to the pinned fingerprints', async () => {
    const pinned = JSON.parse(fs.readFileSync(hashFile, 'utf8')) as Fingerprints;
    const now = await fingerprints(dev);
    expect(now.count).toBe(pinned.count);
    const changed: string[] = [];
    for (const context of Object.keys(pinned.bullets) as (keyof Fingerprints['bullets'])[]) {
      now.bullets[context].forEach((h, i) => {
        if (h !== pinned.bullets[context][i])
          changed.push(`${context} #${i}: ${dev[i]?.text.slice(0, 100)}`);
      });
    }
    now.resumes.forEach((h, i) => {
      if (h !== pinned.resumes[i]) changed.push(`resume #${i}`);
    });
    expect(changed).toEqual([]);
  }, 120_000);
});
