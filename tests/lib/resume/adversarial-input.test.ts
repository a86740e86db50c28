import { describe, expect, it } from 'vitest';
import { readOpener } from '../../../lib/resume/first-word';
import { importResumeFile, type PdfJs } from '../../../lib/resume/import-file';
import { lintBullet } from '../../../lib/resume/lint-bullet';
import { lintResume } from '../../../lib/resume/lint-resume';
import { findMetrics } from '../../../lib/text/metric';
import { headingKind, roleDates, splitResume } from '../../../lib/resume/split-resume';
import { bare, clip, tokenize } from '../../../lib/resume/words';
import { decodeText } from '../../../lib/text/decode-bytes';

// Hostile text of 100,000 characters at every resume text entry point: each answers within
// 100 ms. A regex that backtracks quadratically takes seconds here ("Led" + 100,000 dots + "x"
// took 13 s in bare()), so the limit separates linear from quadratic with room for a busy machine.
const n = 100_000;
const adversarial: Record<string, string> = {
  'dots then a letter': `Led${'.'.repeat(n)}x`,
  dots: `Led${'.'.repeat(n)}`,
  digits: `Led ${'1'.repeat(n)}x`,
  'digits with commas': `Cut ${'1,'.repeat(n / 2)}%`,
  spaces: `Led${' '.repeat(n)}x`,
  'colons and spaces': `Experience${': '.repeat(n / 2)}x`,
  'open brackets': `Led ${'['.repeat(n)}`,
  'nested brackets': `${'(['.repeat(n / 4)}Led${'])'.repeat(n / 4)}`,
  dollars: `${'$'.repeat(n)}x`,
  hyphens: `Co${'-'.repeat(n)}led`,
  'bullet markers': '- '.repeat(n / 2),
  'empty lines': 'Led\n'.repeat(n / 4),
  'date ranges': '2020 - '.repeat(n / 7),
  months: 'jan '.repeat(n / 4),
  tabs: 'x\t'.repeat(n / 2),
  'unclosed tags': '<br '.repeat(n / 4),
};

const entryPoints: Record<string, (text: string) => unknown> = {
  lintBullet: (t) => lintBullet(t),
  lintResume: (t) => lintResume(t),
  splitResume,
  headingKind,
  roleDates,
  readOpener,
  bare,
  clip: (t) => clip(t),
  tokenize,
  decodeText: (t) => decodeText(new TextEncoder().encode(t)),
};

/**
 * CPU milliseconds of the faster of two runs. CPU time, not wall time: on a shared machine the
 * wall clock also counts other processes, and one slow run can be a garbage collection.
 */
function timed(run: () => unknown): number {
  const once = () => {
    const started = process.cpuUsage();
    run();
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1000;
  };
  const first = once();
  return first < 100 ? first : Math.min(first, once());
}

describe('resume text entry points on 100,000-character hostile strings', () => {
  // Warm the JIT and the caches on ordinary text first, so the timing is of the input.
  for (const fn of Object.values(entryPoints)) fn('Led a team of 4. Experience: 2020 - Present');

  for (const [label, text] of Object.entries(adversarial)) {
    it(`${label}: every entry point within 100 ms`, () => {
      expect(text.length).toBeGreaterThanOrEqual(n - 10);
      const slow = Object.entries(entryPoints)
        .map(([name, fn]) => [name, Math.round(timed(() => fn(text)))] as const)
        .filter(([, ms]) => ms > 100);
      expect(slow).toEqual([]);
    });
  }

  it('the metric finder reads one 100,000-character token within 100 ms', () => {
    const tokens = [
      'dots then a letter',
      'digits',
      'open brackets',
      'nested brackets',
      'dollars',
      'hyphens',
    ];
    const slow = tokens
      .map(
        (label) => [label, Math.round(timed(() => findMetrics(adversarial[label] ?? '')))] as const,
      )
      .filter(([, ms]) => ms > 100);
    expect(slow).toEqual([]);
  });

  it('a 100,000-character text file imports within 100 ms', async () => {
    const noPdf = (() => Promise.reject(new Error('no PDF here'))) as () => Promise<PdfJs>;
    for (const text of Object.values(adversarial)) {
      const bytes = new TextEncoder().encode(text);
      const started = performance.now();
      await importResumeFile('cv.txt', bytes, noPdf);
      expect(performance.now() - started).toBeLessThan(100);
    }
  });
});
