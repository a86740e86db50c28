import { trimEndMatching } from './trim-end';
import { prepositions } from './word-lists';
/**
 * Whole clauses for quoting the user back to themselves. A quote cut mid-way ("of the merit
 * budget, and the") reads as broken, so every quote LoopReady shows is a clause from sentence
 * start, a semicolon or colon, or a comma followed by a conjunction, up to the next such break.
 * Plain string rules, no NLP, so they are cheap enough for feedback on every keystroke.
 * Known misses: a comma list of clauses without conjunctions stays one clause; abbreviations
 * with a full stop ("e.g.") end a sentence.
 */

/** Words a quoted phrase must never end on: articles, prepositions, conjunctions, determiners. */
export const danglingWords: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'nor',
  'so',
  'yet',
  'because',
  'since',
  'while',
  'although',
  'though',
  'if',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'to',
  'of',
  'in',
  'on',
  'at',
  'by',
  'for',
  'from',
  'with',
  'without',
  'into',
  'onto',
  'over',
  'under',
  'about',
  'above',
  'below',
  'after',
  'before',
  'between',
  'through',
  'during',
  'across',
  'against',
  'towards',
  'toward',
  'via',
  'per',
  'as',
  'than',
  'this',
  'these',
  'those',
  'its',
  'their',
  'our',
  'my',
  'your',
  'his',
  'her',
  'would',
  'could',
  'should',
  'will',
  'was',
  'were',
  'is',
  'are',
  'had',
  'has',
  'have',
]);

const lastWord = (phrase: string): string =>
  trimEndMatching((phrase.trim().split(/\s+/).at(-1) ?? '').toLowerCase(), /[^\p{L}\p{N}'-]/u);

/** True when the phrase ends on a word that leaves it unfinished ("the", "of", "and"). */
export function endsDangling(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  const last = lastWord(phrase);
  // "after that", "like this": a demonstrative after a preposition is a pronoun, and complete.
  if (demonstratives.has(last) && words.length > 1 && prepositions.has(lastWord(words.at(-2)!)))
    return false;
  return danglingWords.has(last);
}

const demonstratives = new Set(['that', 'this', 'these', 'those']);

/** The phrase without trailing punctuation and without trailing dangling words. */
export function trimDangling(phrase: string): string {
  const words = trimEndMatching(phrase.trim(), /[\s,;:.!?—–-]/)
    .split(/\s+/)
    .filter(Boolean);
  while (words.length > 0 && endsDangling(words.join(' '))) words.pop();
  return trimEndMatching(words.join(' '), /[\s,;:—–-]/);
}

/** Sentences of a text: split after . ! ? and at line breaks; empty ones dropped. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

const clauseBreak =
  /\s*[;:]\s+|\s+[—–]\s+|,\s+(?=(?:and|but|so|which|while|because|although|though|whereas|then)\b)/gi;

/** The clauses of one sentence, each trimmed of its end punctuation. */
export function clausesOf(sentence: string): string[] {
  return sentence
    .split(clauseBreak)
    .map((c) => trimEndMatching(c.trim(), /[\s,;:.!?]/))
    .filter((c) => /[\p{L}\p{N}]/u.test(c));
}

/** Every clause of a text, in order. */
export function clausesOfText(text: string): string[] {
  return sentencesOf(text).flatMap(clausesOf);
}

const breaks =
  /(?<=[.!?])\s+|\n+|\s*[;:]\s+|\s+[—–]\s+|,\s+(?=(?:and|but|so|which|while|because|although|though|whereas|then)\b)/gi;

/** The whole clause of `text` that contains character `index` ('' when the index is outside). */
export function clauseAt(text: string, index: number): string {
  if (index < 0 || index >= text.length) return '';
  let start = 0;
  breaks.lastIndex = 0;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    if (index < m.index + m[0].length) return tidy(text.slice(start, m.index));
    start = m.index + m[0].length;
  }
  return tidy(text.slice(start));
}

function tidy(clause: string): string {
  return trimEndMatching(clause.trim(), /[\s,;:.!?]/);
}

/** The most characters a phrase read back to the user may have: longer is pasted junk, not words. */
export const maxPhraseChars = 200;

/** A word longer than this is a pasted token (a log line, a run of digits), not a word to quote. */
const maxQuotedWordChars = 40;

/**
 * A clause short enough to quote: whole when it has at most `maxWords` words, else its first
 * words up to a word that does not leave it dangling, followed by "…". A pasted token longer
 * than any word is cut to its start and marked "…" too.
 */
export function quotable(clause: string, maxWords = 18): string {
  const words = clause.trim().split(/\s+/).filter(Boolean);
  const long = words.findIndex((w) => w.length > maxQuotedWordChars);
  if (long >= 0 && long < maxWords) {
    const before = trimDangling(words.slice(0, long).join(' '));
    return `${before ? `${before} ` : ''}${words[long]!.slice(0, 20)}…`;
  }
  if (words.length <= maxWords) return words.join(' ');
  const cut = trimDangling(words.slice(0, maxWords - 4).join(' '));
  return `${cut}…`;
}
