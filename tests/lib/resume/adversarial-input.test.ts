import { describe, expect, it } from 'vitest';
import { readOpener } from '../../../lib/resume/first-word';
import { importResumeFile, type PdfJs } from '../../../lib/resume/import-file';
import { lintBullet } from '../../../lib/resume/lint-bullet';
import { lintResume } from '../../../lib/resume/lint-resume';
import { findMetrics } from '../../../lib/text/metric';
import { headingKind, roleDates, splitResume } from '../../../lib/resume/split-resume';
import { bare, clip, tokenize } from '../../../lib/resume/words';
import { decodeText } from '../../../lib/text/decode-bytes';
import {
  hostileLength,
  hostileMetricTokens,
  hostileResumeText,
  longestString,
} from '../../fixtures/hostile-text';

// Hostile text of 100,000 characters at every resume text entry point (issue 12). What these
// tests check is the answer: every entry point returns, and nothing LoopReady writes back quotes
// the pasted junk at length. How long each call takes is the `hostile` benchmark's job
// (scripts/bench/hostile.ts, run by `npm test` as a hang guard).

describe('resume text entry points on 100,000-character hostile strings', () => {
  for (const [label, text] of Object.entries(hostileResumeText)) {
    it(`${label}: every entry point answers, and findings never quote the text at length`, () => {
      expect(text.length).toBeGreaterThanOrEqual(hostileLength - 10);
      const bullet = lintBullet(text);
      expect(bullet.findings.length).toBeGreaterThan(0);
      expect(longestString(bullet.findings)).toBeLessThan(300);
      const report = lintResume(text);
      for (const section of report.sections)
        for (const b of section.bullets) expect(longestString(b.findings)).toBeLessThan(300);
      expect(splitResume(text)).toBeDefined();
      expect(typeof headingKind(text)).not.toBe('function');
      expect(roleDates(text)).not.toBeNull();
      expect(readOpener(text).kind).toBeTypeOf('string');
      expect(bare(text)).toBeTypeOf('string');
      expect(clip(text).split(/\s+/).length).toBeLessThanOrEqual(11);
      expect(tokenize(text)).toBeInstanceOf(Array);
      expect(decodeText(new TextEncoder().encode(text))).toMatchObject({ ok: true });
    });
  }

  it('reads no number in one long token of brackets, dollars or hyphens', () => {
    for (const label of hostileMetricTokens) {
      const found = findMetrics(hostileResumeText[label] ?? '');
      if (label === 'digits') expect(found.length).toBeGreaterThan(0);
      else expect(found, label).toEqual([]);
    }
  });

  it('imports each as a text file, unchanged', async () => {
    const noPdf = (() => Promise.reject(new Error('no PDF here'))) as () => Promise<PdfJs>;
    for (const text of Object.values(hostileResumeText)) {
      const result = await importResumeFile('cv.txt', new TextEncoder().encode(text), noPdf);
      expect(result.ok).toBe(true);
    }
  });
});
