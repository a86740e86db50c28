import { firstPersonPlural, firstPersonSingular } from '../text/word-lists';

/**
 * Counts "I" against "we" in a text. Interviewers score what the candidate did, so an Action told as
 * "we" hides them. Counts I/me/my/mine/myself and we/us/our/ours/ourselves as whole words,
 * contractions included (I'd, we've).
 * Known false positives: "US" the country in capitals is skipped, but "us" in "let us" is counted;
 * quoted speech ("we should ship" said by someone else) counts as the candidate's "we".
 */
// A contraction counts through its first word: "I'd" matches `i` before the apostrophe.
const singular = new RegExp(`\\b(${firstPersonSingular.join('|')})\\b`, 'gi');
const plural = new RegExp(`\\b(${firstPersonPlural.join('|')})\\b`, 'gi');

export interface PronounCounts {
  i: number;
  we: number;
}

export function countPronouns(text: string): PronounCounts {
  const withoutCountry = text.replace(/\bU\.?S\.?\b/g, ' ');
  return {
    i: (withoutCountry.match(singular) ?? []).length,
    we: (withoutCountry.match(plural) ?? []).length,
  };
}

/** "We" dominates when it outnumbers "I"; one "we" with no "I" at all already hides the candidate. */
export function weDominates({ i, we }: PronounCounts): boolean {
  return we > i;
}
