import { detectPrincipleClauses } from '../principles/clause-evidence';
import type { PrincipleId } from '../principles/ids';
import { principleById } from '../principles/lookup';
import { quoteMetric } from '../text/metric';
import { countPronouns, type PronounCounts } from '../stories/pronouns';
import type { StarPart } from '../stories/schema';
import {
  countWords,
  maxSeconds,
  minSeconds,
  speakingSeconds,
  targetSeconds,
  wordsPerMinute,
} from '../text/speaking';
import {
  answerClauses,
  outcomeInActions,
  partShares,
  type AnswerClause,
  type PartShare,
} from './answer-parts';
import { countFillers, type FillerCount } from './fillers';
import { nextSteps } from './next-steps';
import { squeezeSpaceRuns } from '../text/trim-end';

/**
 * Feedback on one practice answer, from the same analysers the story checks use: STAR parts and
 * their share of the answer, "I" against "we", a measured result, evidence for the principle
 * asked (whole clauses), length against 75 s and 2 min, pace, fillers, whether the story's own
 * number survived, and three next steps that quote the answer. Pure and regex-only (no NLP), so
 * it answers within a few milliseconds for a 2-minute transcript.
 */

export interface AnswerInput {
  text: string;
  /** The principle the question asked about. */
  principleId?: PrincipleId;
  /** Timer reading when the answer was spoken; without it length is estimated at 150 wpm. */
  elapsedMs?: number;
  /** The measured outcome in the story's Result ("from 800 ms to 120 ms"), if it has one. */
  storyMetric?: string | null;
  /**
   * The answer replies to a Bar Raiser follow-up, not the question itself: it is not a whole STAR
   * story, so only what a reply can get wrong is checked ("we", length, fillers).
   */
  followUp?: boolean;
}

export const answerFindingIds = [
  'no-result',
  'no-metric',
  'long-situation',
  'short-action',
  'we-dominates',
  'no-principle-evidence',
  'metric-dropped',
  'over-target',
  'too-long',
  'too-short',
  'fillers',
] as const;
export type AnswerFindingId = (typeof answerFindingIds)[number];

export interface AnswerFeedback {
  words: number;
  seconds: number;
  /** True when `seconds` is the timer's reading, false when estimated from words. */
  timed: boolean;
  wordsPerMinute: number;
  clauses: AnswerClause[];
  parts: PartShare[];
  pronouns: PronounCounts;
  /** "I" as a share of I + we, 0..1; null when the answer uses neither. */
  iShare: number | null;
  /** The measured outcome the answer states, or null. */
  metric: string | null;
  principle: { id: PrincipleId; name: string; evidence: string[] } | null;
  fillers: FillerCount & { perMinute: number };
  /** The story's metric and whether the answer kept it; null when the story has none. */
  storyMetric: { metric: string; kept: boolean } | null;
  findings: AnswerFindingId[];
  /** True when this answers a follow-up (see `AnswerInput.followUp`). */
  followUp: boolean;
  /** Three concrete next steps, each quoting the answer. */
  nextSteps: string[];
}

/** What a reply to a follow-up is checked for; the STAR findings are for whole answers. */
const followUpFindings: ReadonlySet<AnswerFindingId> = new Set([
  'we-dominates',
  'too-long',
  'fillers',
]);

/** Situation past this share of the answer crowds out the Action. */
export const maxSituationShare = 0.3;
/** More fillers a minute than this is what an interviewer notices. */
export const maxFillersPerMinute = 3;

const numbers = (text: string): string[] =>
  (text.match(/\d[\d,.]*\d|\d/g) ?? []).map((n) => n.replace(/,/g, ''));

/** Did the answer keep the story's measured outcome? Its numbers, or its words when it has none. */
export function keptMetric(answer: string, metric: string): boolean {
  const digits = numbers(metric);
  const said = new Set(numbers(answer));
  if (digits.length > 0) return digits.every((d) => said.has(d));
  return answer.toLowerCase().includes(metric.toLowerCase());
}

function toldAfterSetUp(clauses: readonly AnswerClause[]): string {
  return clauses
    .filter((c) => c.part !== 'situation')
    .map((c) => c.text)
    .join('. ');
}

function partWords(parts: readonly PartShare[], part: StarPart): number {
  return parts.find((p) => p.part === part)?.words ?? 0;
}

function findingsOf(f: Omit<AnswerFeedback, 'findings' | 'nextSteps'>): AnswerFindingId[] {
  const all = starFindings(f);
  return f.followUp ? all.filter((id) => followUpFindings.has(id)) : all;
}

function starFindings(f: Omit<AnswerFeedback, 'findings' | 'nextSteps'>): AnswerFindingId[] {
  const out: AnswerFindingId[] = [];
  const action = partWords(f.parts, 'action');
  // A result told inside the action with its number counts as a result.
  if (partWords(f.parts, 'result') === 0 && f.metric === null) out.push('no-result');
  if (f.metric === null) out.push('no-metric');
  if ((f.parts.find((p) => p.part === 'situation')?.share ?? 0) > maxSituationShare)
    out.push('long-situation');
  if (f.parts.some((p) => p.part !== 'action' && p.words >= action)) out.push('short-action');
  if (f.pronouns.we > f.pronouns.i) out.push('we-dominates');
  if (f.principle && f.principle.evidence.length === 0) out.push('no-principle-evidence');
  if (f.storyMetric && !f.storyMetric.kept) out.push('metric-dropped');
  if (f.seconds > maxSeconds) out.push('too-long');
  else if (f.seconds > targetSeconds) out.push('over-target');
  else if (f.seconds < minSeconds) out.push('too-short');
  if (f.fillers.perMinute > maxFillersPerMinute) out.push('fillers');
  return out;
}

function principleEvidence(text: string, id: PrincipleId): AnswerFeedback['principle'] {
  const hit = detectPrincipleClauses(text, { maxEvidence: 3 }).find((p) => p.id === id);
  return { id, name: principleById(id).name, evidence: hit?.evidence ?? [] };
}

/** Everything the practice view shows after an answer. */
export function answerFeedback(input: AnswerInput): AnswerFeedback {
  const text = squeezeSpaceRuns(input.text);
  const words = countWords(text);
  const timed = input.elapsedMs !== undefined && input.elapsedMs >= 1000;
  const seconds = timed ? Math.round(input.elapsedMs! / 1000) : speakingSeconds(words);
  const minutes = Math.max(seconds, 1) / 60;
  const clauses = answerClauses(text);
  const resultText = clauses
    .filter((c) => c.part === 'result')
    .map((c) => c.text)
    .join('. ');
  const pronouns = countPronouns(text);
  const fillers = countFillers(text);
  const base = {
    words,
    seconds,
    timed,
    wordsPerMinute: timed ? Math.round(words / minutes) : wordsPerMinute,
    clauses,
    parts: partShares(clauses),
    pronouns,
    iShare: pronouns.i + pronouns.we === 0 ? null : pronouns.i / (pronouns.i + pronouns.we),
    metric: quoteMetric(resultText || outcomeInActions(clauses)),
    principle: input.principleId ? principleEvidence(text, input.principleId) : null,
    fillers: { ...fillers, perMinute: Math.round((fillers.count / minutes) * 10) / 10 },
    // A number said only in the set-up ("we had 18 outages") is not the story's result kept.
    storyMetric: input.storyMetric
      ? { metric: input.storyMetric, kept: keptMetric(toldAfterSetUp(clauses), input.storyMetric) }
      : null,
    followUp: input.followUp ?? false,
  };
  const findings = findingsOf(base);
  return { ...base, findings, nextSteps: nextSteps({ ...base, findings }) };
}
