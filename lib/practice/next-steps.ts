import { principleById } from '../principles/lookup';
import { formatSeconds, spoken } from '../text/speaking';
import type { AnswerFeedback } from './answer-feedback';
import type { AnswerClause } from './answer-parts';
import { hasFiller } from './fillers';
import { quotable } from '../text/clauses';
import { nameInSentence } from '../text/name-list';

/**
 * Three next steps after an answer, most useful first, each quoting the answer's own words so
 * the user knows exactly where to change it. Steps for problems come first (no result, "we",
 * no number, a dropped story number, a long set-up, a thin action, the principle not shown,
 * length, fillers); when fewer than three problems remain, steps that build on what worked fill
 * the list (keep the closing number, be ready for the follow-up on the first action).
 */

type Facts = Omit<AnswerFeedback, 'nextSteps'>;

const q = (clause: string | undefined): string => `“${quotable(clause ?? '')}”`;

function first(clauses: readonly AnswerClause[], part: AnswerClause['part']): string | undefined {
  return clauses.find((c) => c.part === part)?.text;
}

function longest(clauses: readonly AnswerClause[]): string | undefined {
  return [...clauses].sort((a, b) => b.words - a.words)[0]?.text;
}

function pct(share: number): string {
  return `${Math.round(share * 100)}%`;
}

type StepRule = (f: Facts, anchor: string) => string | null;

const problemSteps: readonly StepRule[] = [
  (f) =>
    f.findings.includes('no-result')
      ? `End on the result: after ${q(f.clauses.at(-1)?.text)}, say what changed because of it, with a number.`
      : null,
  (f) => {
    if (!f.findings.includes('we-dominates')) return null;
    const hasWe = (c: AnswerClause) => /\b(we|our|us)\b/i.test(c.text);
    const we = (f.clauses.find((c) => c.part === 'action' && hasWe(c)) ?? f.clauses.find(hasWe))
      ?.text;
    return `Say which part was yours: you said ${q(we)}; tell the steps you took as “I …”.`;
  },
  (f) =>
    f.findings.includes('no-metric') && !f.findings.includes('no-result')
      ? `Put a number on ${q(first(f.clauses, 'result'))}: how much, how many or how fast, against what it was before.`
      : null,
  (f) =>
    f.findings.includes('metric-dropped') && f.storyMetric
      ? `Say your story's number (${f.storyMetric.metric}): the answer ended on ${q(f.clauses.at(-1)?.text)} without it.`
      : null,
  (f) => {
    if (!f.findings.includes('long-situation')) return null;
    const share = f.parts.find((p) => p.part === 'situation')?.share ?? 0;
    return `Shorten the set-up to two sentences: it took ${pct(share)} of the answer, starting ${q(first(f.clauses, 'situation'))}.`;
  },
  (f, anchor) =>
    f.findings.includes('short-action')
      ? `Spend longest on what you did: after ${q(anchor)}, say how you did it and why that way.`
      : null,
  (f, anchor) => {
    if (!f.findings.includes('no-principle-evidence') || !f.principle) return null;
    const prompt = principleById(f.principle.id).storyPrompt;
    return `Show ${nameInSentence(f.principle.name)}: nothing in the answer speaks to it yet. After ${q(anchor)}, add the moment that shows it: ${prompt}.`;
  },
  (f) =>
    f.findings.includes('too-long')
      ? `Cut to under ${spoken.max} (this ran about ${formatSeconds(f.seconds)}): say ${q(longest(f.clauses))} in half the words.`
      : null,
  (f) => {
    if (!f.findings.includes('fillers')) return null;
    const clause = f.clauses.find((c) => hasFiller(c.text))?.text;
    const kinds = f.fillers.kinds.map((k) => `“${k.label}”`).join(', ');
    return `Pause instead of filling (${kinds}, ${f.fillers.perMinute} a minute), as in ${q(clause)}.`;
  },
  (f) =>
    f.findings.includes('over-target')
      ? `Land the result by ${spoken.target} (this ran about ${formatSeconds(f.seconds)}): tighten ${q(longest(f.clauses))}.`
      : null,
  (f, anchor) =>
    f.findings.includes('too-short')
      ? `Add the steps behind ${q(anchor)}: what you tried first, what you decided, and why.`
      : null,
];

const buildingSteps: readonly StepRule[] = [
  (f) => {
    const closing = f.clauses
      .filter((c) => c.part === 'result')
      .find((c) => c.text.includes(f.metric ?? '\u0000'));
    return closing
      ? `Keep ${q(closing.text)} as your closing line: it is the number the interviewer writes down.`
      : null;
  },
  (f, anchor) =>
    `Be ready for the follow-up on ${q(anchor)}: why that way, and what else you considered.`,
  (f) =>
    f.principle?.evidence[0]
      ? `Say ${q(f.principle.evidence[0])} early: it is your clearest ${nameInSentence(f.principle.name)} moment.`
      : null,
  (f) => `Try it once more aloud from ${q(f.clauses[0]?.text)}, and time it.`,
];

/** Steps that build on a reply to a follow-up: it answers one question, not the whole story. */
const followUpSteps: readonly StepRule[] = [
  (f) =>
    `Give the direct answer in your first sentence, then one example; you opened with ${q(f.clauses[0]?.text)}.`,
  (f, anchor) =>
    `Expect one more “why” on ${q(anchor)}: have the reason and the alternative you ruled out ready.`,
  () => 'Keep a reply to a follow-up to about 30 to 60 seconds; the interviewer will ask for more.',
];

/** Three steps, each quoting the answer; fewer only when the answer has no words at all. */
export function nextSteps(f: Facts): string[] {
  if (f.clauses.length === 0) return [];
  const anchor = first(f.clauses, 'action') ?? first(f.clauses, 'task') ?? f.clauses[0]!.text;
  const steps: string[] = [];
  const rules = f.followUp
    ? [...problemSteps, ...followUpSteps]
    : [...problemSteps, ...buildingSteps];
  for (const rule of rules) {
    const step = rule(f, anchor);
    if (step && !steps.includes(step)) steps.push(step);
    if (steps.length === 3) break;
  }
  return steps;
}
