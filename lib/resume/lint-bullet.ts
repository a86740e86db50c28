import type { RoleFamily } from '../families/ids';
import { nlpEngine } from '../nlp/engine';
import { detectPrinciples } from '../principles/detect';
import { filler } from './rules/filler';
import { firstPerson } from './rules/first-person';
import { noActionVerb } from './rules/no-action-verb';
import { noMetric } from './rules/no-metric';
import { passiveVoice } from './rules/passive-voice';
import { tense } from './rules/tense';
import { tooLong } from './rules/too-long';
import { tooShort } from './rules/too-short';
import { weakOpener } from './rules/weak-opener';
import type { BulletInput, BulletRule, Finding, LintedBullet, Severity } from './schema';
import { cleanBullet, readLine } from './read-line';

/** Every per-bullet rule, in the order findings are shown (repeated-verb is resume-wide). */
export const bulletRules: readonly BulletRule[] = [
  weakOpener,
  noActionVerb,
  tense,
  noMetric,
  passiveVoice,
  firstPerson,
  tooLong,
  tooShort,
  filler,
];

/** What a finding costs the bullet's 0-100 score. */
export const severityCost: Readonly<Record<Severity, number>> = { error: 30, warning: 15, info: 5 };

/** LP ids the bullet gives evidence for (the catalogue's signals), strongest first, at most 3. */
function principlesOf(text: string): LintedBullet['lps'] {
  return detectPrinciples(text, { maxEvidence: 1 })
    .slice(0, 3)
    .map((p) => p.id);
}

/** A line with neither the words nor the number to show what changed scores no more than this. */
const thinLineCap = 50;

/**
 * 100 less each finding's cost. A line too short to say what changed and with no number
 * ("Wrote unit tests") is capped, so it never outscores a longer line that shows real work
 * behind a weak opener.
 */
export function scoreOf(findings: readonly Finding[]): number {
  const score = Math.max(0, 100 - findings.reduce((sum, f) => sum + severityCost[f.severity], 0));
  const rules = new Set(findings.map((f) => f.rule));
  return rules.has('too-short') && rules.has('no-metric') ? Math.min(score, thinLineCap) : score;
}

const cache = new Map<string, LintedBullet>();

/**
 * Checks one bullet. `current` says it belongs to the role the candidate holds now (present
 * tense is fine there); a bullet checked on its own counts as a past role. `family` (the open
 * posting's role family) fits the metric examples to the role. Memoised per input
 * and per NLP engine state (findings change once compromise has loaded), so re-checking an
 * unchanged resume while one bullet is edited costs only that bullet.
 */
export function lintBullet(
  raw: string,
  options: { current?: boolean; family?: RoleFamily } = {},
): LintedBullet {
  const current = options.current ?? false;
  const { family } = options;
  const key = `${nlpEngine() ? 1 : 0}${current ? 1 : 0}${family ?? ''}\u0000${raw}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const line = readLine(raw);
  const { text } = line;
  const input: BulletInput = { ...line, current, ...(family ? { family } : {}) };
  const findings = text ? bulletRules.flatMap((rule) => rule.check(input) ?? []) : [];
  const result: LintedBullet = {
    text: cleanBullet(raw),
    findings,
    score: scoreOf(findings),
    lps: text ? principlesOf(text) : [],
  };
  if (cache.size > 5_000) cache.clear();
  cache.set(key, result);
  return result;
}
