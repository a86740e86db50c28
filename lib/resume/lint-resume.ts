import type { RoleFamily } from '../families/ids';
import { lintBullet, scoreOf } from './lint-bullet';
import { readLine } from './read-line';
import { repeatedVerbFindings } from './rules/repeated-verb';
import type { LintedBullet, SectionKind } from './schema';
import { readResume, type SplitBullet, type UncheckedLine } from './split-resume';

/** Sections whose bullets are achievements; skills lists, contact lines and coursework are not. */
export const lintedKinds: ReadonlySet<SectionKind> = new Set([
  'experience',
  'projects',
  'leadership',
  'awards',
  'publications',
  'other',
]);

export type ResumeBulletResult = LintedBullet &
  Pick<SplitBullet, 'current' | 'lineStart' | 'lineEnd'>;
export interface LintedSection {
  heading: string;
  kind: SectionKind;
  bullets: ResumeBulletResult[];
}
export interface LintedResume {
  sections: LintedSection[];
  /** Mean of the bullet scores, 0 when there are no bullets. */
  score: number;
  bulletCount: number;
  /** Bullets left unchecked because of `maxBullets` (a huge paste). */
  skipped: number;
  /** Every other non-blank line of the text, in order, with why it was not checked. */
  unchecked: UncheckedLine[];
}

/**
 * Lints every achievement bullet of a resume: per-bullet rules (memoised, so an edit re-checks one
 * bullet) plus repeated-verb across the whole resume. Present tense is fine in the current role.
 * `family` is the open posting's role family, when there is one (metric examples fit it).
 */
export function lintResume(text: string, maxBullets = Infinity, family?: RoleFamily): LintedResume {
  let budget = maxBullets;
  let skipped = 0;
  const read = readResume(text);
  const unchecked = [...read.unchecked];
  const left = (b: SplitBullet, reason: 'section' | 'limit', heading: string) =>
    unchecked.push({ line: b.lineStart, text: b.text, reason, ...(heading ? { heading } : {}) });
  const sections = read.sections
    .filter((s) => {
      if (lintedKinds.has(s.kind)) return s.bullets.length > 0;
      for (const b of s.bullets) left(b, 'section', s.heading);
      return false;
    })
    .map((s) => {
      const kept = s.bullets.slice(0, Math.max(0, budget));
      budget -= kept.length;
      skipped += s.bullets.length - kept.length;
      for (const b of s.bullets.slice(kept.length)) left(b, 'limit', s.heading);
      return { ...s, bullets: kept };
    })
    .filter((s) => s.bullets.length > 0);
  unchecked.sort((a, b) => a.line - b.line);
  const flat = sections.flatMap((s) => s.bullets);
  // Each line is read once: lintBullet below finds the same reading.
  const repeated = repeatedVerbFindings(flat.map((b) => readLine(b.text).opener));
  let index = 0;
  const linted = sections.map((s) => ({
    heading: s.heading,
    kind: s.kind,
    bullets: s.bullets.map((b): ResumeBulletResult => {
      const base = lintBullet(b.text, { current: b.current, ...(family ? { family } : {}) });
      const extra = repeated[index++];
      const findings = extra ? [...base.findings, extra] : base.findings;
      return {
        ...base,
        findings,
        score: extra ? scoreOf(findings) : base.score,
        current: b.current,
        lineStart: b.lineStart,
        lineEnd: b.lineEnd,
      };
    }),
  }));
  const all = linted.flatMap((s) => s.bullets);
  const score = all.length ? Math.round(all.reduce((sum, b) => sum + b.score, 0) / all.length) : 0;
  return { sections: linted, score, bulletCount: all.length, skipped, unchecked };
}
