import type { BulletRule } from '../schema';
import { describeRewrite } from '../advice';
import { objectStart } from '../verb-forms';
import { bare, conjugatePast, strongBases } from '../words';

/**
 * A verb later in a past-tense line left in the present ("Designed the API and implement the
 * client"): a strong verb's base form joined by "and" or a comma, with its object after it (so
 * "tests" or "review" used as nouns are never read as verbs). Returns the word and its past.
 */
export function mixedTense(tokens: readonly string[]): { word: string; past: string } | undefined {
  for (let i = 2; i < tokens.length - 1; i++) {
    const prev = tokens[i - 1] ?? '';
    // Past a subordinate word the verbs are the clause's, not the line's ("to create X, log in
    // and manage Y", "a service that ingests X and integrates Y", ", enabling users to ...").
    if (
      /^(?:to|that|which|who|where|when|while|so|because|whose|enabling|allowing|letting)$/i.test(
        bare(prev),
      )
    )
      return undefined;
    if (/[.;:]$/.test(prev)) return undefined;
    const joined = /^(?:and|&)$/i.test(prev) || prev.endsWith(',');
    const word = tokens[i] ?? '';
    if (!joined || !/^[a-z]+$/.test(word) || !strongBases.has(word)) continue;
    if (!objectStart.test(bare(tokens[i + 1] ?? ''))) continue;
    const past = conjugatePast(word);
    // "cut", "set", "put": the past is the same word, so nothing is mixed.
    if (past !== word) return { word, past };
  }
  return undefined;
}

/** The line with one word replaced, for a rewrite quoted in full. */
function replaceWord(text: string, word: string, by: string): string {
  return text.replace(new RegExp(`(?<![\\w-])${word}(?![\\w-])`), by);
}

/**
 * tense: a present-tense ("Develop", "Leads") or -ing ("Developing") opener outside the
 * current role. Past roles read in the past tense; a bullet checked on its own counts as past.
 * The rewrite puts every coordinated verb in the past too ("Created and maintained").
 * A noun that is also a verb ("File server with ...", "Frontend in React") is read as a noun
 * phrase by the opener (first-word.ts), so it is no-action-verb's, not this rule's.
 * A line that opens in the past and turns to the present later ("Designed X and implement Y") is
 * told to keep one tense, with the later verb put in the past.
 * Known false positives: a noun-verb compromise reads as a verb ("Code review for the team").
 */
export const tense: BulletRule = {
  id: 'tense',
  check({ opener, current, english, rewrite, text, tokens }) {
    if (current || !english) return undefined;
    if (opener.kind === 'strong') {
      const mixed = mixedTense(tokens);
      if (!mixed) return undefined;
      return {
        rule: 'tense',
        severity: 'warning',
        message: `"${mixed.word}" is the present tense in a line told in the past.`,
        suggestion: `Keep one tense: "${replaceWord(text, mixed.word, mixed.past)}".`,
      };
    }
    if (opener.kind !== 'present' && opener.kind !== 'gerund') return undefined;
    const form = opener.kind === 'gerund' ? 'an -ing form' : 'the present tense';
    const r = rewrite();
    // A role, award, heading, link or tagline line ("Head TA for CS24", "Troubleshooting:
    // Interrogated ...") is not a tense problem: no-action-verb says what it is.
    if (r?.kind === 'note' || r?.kind === 'title' || r?.kind === 'heading') return undefined;
    return {
      rule: 'tense',
      severity: 'warning',
      message: `"${opener.word}" is ${form}; a past role reads in the past tense.`,
      suggestion:
        r?.kind === 'rewrite'
          ? `Use the past tense: ${describeRewrite(r)}.`
          : r?.kind === 'template'
            ? `Start with what you did, in the past tense: ${describeRewrite(r)}.`
            : 'Start with what you did, in the past tense: "<Verb> <what>, <result>".',
    };
  },
};
