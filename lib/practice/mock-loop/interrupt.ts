import type { PrincipleId } from '../../principles/ids';
import { countPronouns } from '../../stories/pronouns';
import { quotable } from '../../text/clauses';
import { hasMetric } from '../../text/metric';
import { countWords, maxSeconds } from '../../text/speaking';
import { squeezeSpaceRuns } from '../../text/trim-end';
import { answerClauses, outcomeInActions, type AnswerClause } from '../answer-parts';
import { resultClaim } from '../story-phrases';

/**
 * When a mock interviewer cuts in, and with what. Given the answer so far (its complete
 * sentences only, so a quote is never half a word) and the time spent, the decider interrupts
 * once per reason, most urgent first:
 * - the Situation runs long: 60 words (about 25 s spoken) or 40 s with no action yet;
 * - "we" with no "I": two or more "we" and not one "I" after 25 words;
 * - no result at two minutes: no result clause and no measured outcome at 120 s;
 * - a claim worth probing: a result with a number or an absolute word ("always", "single-handedly").
 * The question quotes the user's own words exactly (cut with "…" when long) or, when there is
 * nothing to quote, asks the plain question. Regex-only (the same clause reader and claim
 * finder as answer feedback and the Bar Raiser follow-ups), so it decides within milliseconds.
 */

export const interruptionReasons = [
  'long-situation',
  'we-without-i',
  'no-result',
  'probe-claim',
] as const;
export type InterruptionReason = (typeof interruptionReasons)[number];

export interface Interruption {
  reason: InterruptionReason;
  question: string;
  /** The user's words the question quotes; '' for a plain question. */
  basis: string;
  principleId: PrincipleId;
}

export interface InterruptInput {
  text: string;
  elapsedMs: number;
  principleId: PrincipleId;
  /** Reasons already used on this answer: each interrupts once. */
  asked?: readonly InterruptionReason[];
}

export const situationWords = 60;
export const situationSeconds = 40;
const minWordsForWe = 25;
const absolute =
  /\b(single-handedly|all by myself|on my own|always|never|everyone|everybody|nobody else|100%|zero (?:defects|bugs|incidents|errors))\b/i;

/** The answer up to its last finished sentence ('' when none is finished yet). */
export function finishedPart(text: string): string {
  const squeezed = squeezeSpaceRuns(text);
  const end = Math.max(
    squeezed.lastIndexOf('.'),
    squeezed.lastIndexOf('!'),
    squeezed.lastIndexOf('?'),
    squeezed.lastIndexOf('\n'),
  );
  return end < 0 ? '' : squeezed.slice(0, end + 1).trim();
}

const q = (clause: string) => `“${quotable(clause)}”`;

function longSituation(
  clauses: readonly AnswerClause[],
  seconds: number,
): Interruption['question'] | null {
  if (clauses.some((c) => c.part !== 'situation')) return null;
  const words = clauses.reduce((n, c) => n + c.words, 0);
  if (words < situationWords && !(seconds >= situationSeconds && words >= 25)) return null;
  return clauses.at(-1)?.text ?? '';
}

type Draft = Omit<Interruption, 'principleId'>;

function weWithoutI(text: string, clauses: readonly AnswerClause[]): Draft | null {
  const { i, we } = countPronouns(text);
  if (i > 0 || we < 2 || countWords(text) < minWordsForWe) return null;
  const clause = clauses.find((c) => /\bwe\b/i.test(c.text))?.text ?? '';
  return clause
    ? {
        reason: 'we-without-i',
        question: `You said ${q(clause)}. What was your part in that, yourself?`,
        basis: quotable(clause),
      }
    : { reason: 'we-without-i', question: 'What did you do yourself, not the team?', basis: '' };
}

function noResult(clauses: readonly AnswerClause[], seconds: number): Draft | null {
  if (seconds < maxSeconds) return null;
  const told = clauses.some((c) => c.part === 'result') || outcomeInActions(clauses) !== '';
  if (told) return null;
  const last = clauses.at(-1)?.text;
  return last
    ? {
        reason: 'no-result',
        question: `We are at two minutes. After ${q(last)}, what was the result, and how did you measure it?`,
        basis: quotable(last),
      }
    : { reason: 'no-result', question: 'We are at two minutes. What was the result?', basis: '' };
}

function probeClaim(text: string, clauses: readonly AnswerClause[]): Draft | null {
  const bold = clauses.find((c) => absolute.test(c.text));
  if (bold)
    return {
      reason: 'probe-claim',
      question: `You said ${q(bold.text)}. How do you know, and what would someone who disagreed say?`,
      basis: quotable(bold.text),
    };
  const measured = clauses.filter((c) => c.part === 'result' && hasMetric(c.text));
  const clause = measured.find((c) => !/\bI\s+\w+ed\b/.test(c.text)) ?? measured[0];
  if (!clause) return null;
  const claim = exactly(text, resultClaim(clause.text)) || clause.text;
  return {
    reason: 'probe-claim',
    question: `You said ${q(claim)}. What did the data show before and after, and how do you know it was your change that did it?`,
    basis: quotable(claim),
  };
}

/** `phrase` as the user wrote it (resultClaim may lower-case its first letter); '' when not found. */
function exactly(text: string, phrase: string): string {
  if (!phrase) return '';
  const at = text.toLowerCase().indexOf(phrase.toLowerCase());
  return at < 0 ? '' : text.slice(at, at + phrase.length);
}

/** The interruption to make now, or null to let the user go on. */
export function decideInterruption(input: InterruptInput): Interruption | null {
  const asked = new Set(input.asked ?? []);
  const text = finishedPart(input.text);
  const seconds = input.elapsedMs / 1000;
  if (text === '' && seconds < maxSeconds) return null;
  const clauses = answerClauses(text);
  const drafts: (() => Draft | null)[] = [
    () => {
      const clause = longSituation(clauses, seconds);
      if (clause === null) return null;
      return clause
        ? {
            reason: 'long-situation',
            question: `Let me stop you there. I have the background: after ${q(clause)}, what did you do?`,
            basis: quotable(clause),
          }
        : {
            reason: 'long-situation',
            question: 'I have the background. What did you do?',
            basis: '',
          };
    },
    () => weWithoutI(text, clauses),
    () => noResult(clauses, seconds),
    () => probeClaim(text, clauses),
  ];
  for (const draft of drafts) {
    const d = draft();
    if (d && !asked.has(d.reason)) return { ...d, principleId: input.principleId };
  }
  return null;
}
