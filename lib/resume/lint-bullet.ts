import { readOpener } from './opener';
import type { BulletInput, BulletRule } from './rule';
import { filler } from './rules/filler';
import { firstPerson } from './rules/first-person';
import { noActionVerb } from './rules/no-action-verb';
import { noMetric } from './rules/no-metric';
import { passiveVoice } from './rules/passive-voice';
import { tense } from './rules/tense';
import { tooLong } from './rules/too-long';
import { tooShort } from './rules/too-short';
import { weakOpener } from './rules/weak-opener';
import type { Finding, LintedBullet, Severity } from './schema';
import { tokenize } from './words';

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

/** Longest text a rule reads; a pasted megabyte line is checked on its start only. */
const maxChars = 4_000;

/** Strips list markers ("• ", "- ", "1. ") and squeezes whitespace. */
export function cleanBullet(text: string): string {
  return text
    .replace(/^\s*(?:[•\-*–—▪◦●·‣➢➤►✓✔]|\d{1,2}[.)])\s*/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function isEnglish(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const latin = text.match(/[a-z]/gi)?.length ?? 0;
  return letters === 0 || latin / letters > 0.6;
}

export function scoreOf(findings: readonly Finding[]): number {
  return Math.max(0, 100 - findings.reduce((sum, f) => sum + severityCost[f.severity], 0));
}

const cache = new Map<string, LintedBullet>();

/**
 * Checks one bullet. `current` says it belongs to the role the candidate holds now (present
 * tense is fine there); a bullet checked on its own counts as a past role. Memoised per input,
 * so re-checking an unchanged resume while one bullet is edited costs only that bullet.
 */
export function lintBullet(raw: string, options: { current?: boolean } = {}): LintedBullet {
  const current = options.current ?? false;
  const key = `${current ? 1 : 0}${raw}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const text = cleanBullet(raw.slice(0, maxChars));
  const input: BulletInput = {
    text,
    tokens: tokenize(text),
    opener: readOpener(text),
    current,
    english: isEnglish(text),
  };
  const findings = text ? bulletRules.flatMap((rule) => rule.check(input) ?? []) : [];
  const result: LintedBullet = {
    text: cleanBullet(raw),
    findings,
    score: scoreOf(findings),
    lps: [],
  };
  if (cache.size > 5_000) cache.clear();
  cache.set(key, result);
  return result;
}
