import { quotable } from '../../text/clauses';
import { sentencesOf } from '../../text/clauses';

/**
 * Noticing a story told twice in one loop: interviewers compare notes in the debrief, and the
 * same story in two rounds reads as a thin bank. Two answers are the same story when they
 * share most of their distinctive words (names, numbers, longer words): at least 6 of them, and
 * at least half of the shorter answer's. A retelling in new words of the same project keeps its
 * names and numbers, so this holds up better than matching whole sentences.
 */

const common = new Set(
  'about after again also because been before being could customer customers every first from have into just made make many more most much need needed only other over really some team than that their them then there these they this time very want wanted were what when which while will with would your'.split(
    ' ',
  ),
);

/** The answer's distinctive words: numbers, and words of 5+ letters that are not everyday ones. */
export function distinctiveWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z][a-z'-]{4,}|\d[\d.,%]*/g) ?? [];
  return new Set(words.filter((w) => !common.has(w)).map((w) => w.replace(/[.,]+$/, '')));
}

export const minShared = 6;
export const minOverlap = 0.5;

export function sameStory(a: string, b: string): boolean {
  const x = distinctiveWords(a);
  const y = distinctiveWords(b);
  const shared = [...x].filter((w) => y.has(w)).length;
  const smaller = Math.min(x.size, y.size);
  return smaller > 0 && shared >= minShared && shared / smaller >= minOverlap;
}

export interface EarlierTelling {
  round: number;
  roundName: string;
  /** The opening of the earlier answer, quoted. */
  opening: string;
}

/**
 * The earlier round (before `round`) where this story was already told, or null. `told` lists
 * the loop's answers so far with their round.
 */
export function earlierTelling(
  told: readonly { round: number; roundName: string; text: string }[],
  round: number,
  text: string,
): EarlierTelling | null {
  const hit = told.find((t) => t.round < round && sameStory(t.text, text));
  if (!hit) return null;
  return {
    round: hit.round,
    roundName: hit.roundName,
    opening: quotable(sentencesOf(hit.text)[0] ?? hit.text, 12),
  };
}
