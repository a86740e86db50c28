import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  fingerprints,
  hashFile,
  readDevPostings,
  type AnalysisFingerprints,
} from '../../../scripts/analysis-fingerprint';

// What the analysis and the planner say about every real dev posting is pinned by hash (no dev
// text is committed), so moving code cannot change an analysis or a plan unnoticed. A change made
// on purpose regenerates the file (`npx tsx scripts/analysis-fingerprint.ts --write`) in a commit
// that says which part changed and why.
const dev = readDevPostings();
if (dev.length === 0) console.warn('skipped: ../shared/data postings not found');

describe.skipIf(dev.length === 0)('posting analyses and plans on the dev postings', () => {
  it('are identical to the pinned fingerprints', () => {
    const pinned = JSON.parse(fs.readFileSync(hashFile, 'utf8')) as AnalysisFingerprints;
    const now = fingerprints(dev);
    expect(now.count).toBe(pinned.count);
    const changed: Record<string, string[]> = { shape: [], lps: [], plan: [] };
    for (const part of ['shape', 'lps', 'plan'] as const) {
      now.postings[part].forEach((h, i) => {
        if (h !== pinned.postings[part][i]) changed[part]!.push(`#${i} ${dev[i]?.title ?? ''}`);
      });
    }
    expect(changed).toEqual({ shape: [], lps: [], plan: [] });
  }, 120_000);
});
