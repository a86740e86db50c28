import { trimEndMatching } from '../text/trim-end';
import { irregularPasts } from '../text/word-lists';
import { strongPastExtras, strongVerbs } from './verbs';

/**
 * Tokenising and conjugation helpers shared by the rules. Pure and cheap (no NLP library):
 * the lists in verbs.ts settle most openers; lib/nlp is the fallback for the rest.
 */

/** Words of a bullet: letters, digits and inner - ' . + # / kept (so "C++11", "Node.js" stay whole). */
export function tokenize(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

const letterOrDigit = /^[\p{L}\p{N}]$/u;
const keptAtStart = new Set(['$', '€', '£', '₹', '#', '~', '<', '>']);
const keptAtEnd = new Set(['%', '+']);

/**
 * Index just past the last character of `text` that `keep` accepts (0 when none). A loop, not
 * a regex: `/[^…]+$/` restarts at every character of a long run of punctuation and takes
 * quadratic time ("Led" + 100,000 dots + "x" took 13 s).
 */
export function endOfKept(text: string, keep: (ch: string) => boolean): number {
  let end = text.length;
  while (end > 0) {
    // A surrogate pair (emoji, rare scripts) is tested as one character.
    const low = text.charCodeAt(end - 1);
    const width = end > 1 && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
    if (keep(text.slice(end - width, end))) break;
    end -= width;
  }
  return end;
}

/** Index of the first character of `text` that `keep` accepts (text.length when none). */
export function startOfKept(text: string, keep: (ch: string) => boolean): number {
  let start = 0;
  while (start < text.length) {
    const ch = String.fromCodePoint(text.codePointAt(start) ?? 0);
    if (keep(ch)) break;
    start += ch.length;
  }
  return start;
}

/** A token without surrounding punctuation, lowercased: '"Designed,' -> 'designed'. */
export function bare(token: string): string {
  const start = startOfKept(token, (ch) => keptAtStart.has(ch) || letterOrDigit.test(ch));
  const end = endOfKept(token, (ch) => keptAtEnd.has(ch) || letterOrDigit.test(ch));
  return token.slice(start, Math.max(start, end)).toLowerCase();
}

/** Past tense of a base verb by our own rules: irregulars, -e, consonant + y, a doubled consonant, else -ed. */
export function conjugatePast(base: string): string {
  const b = base.toLowerCase();
  const irregular = irregularPasts[b];
  if (irregular) return irregular;
  if (b.endsWith('e')) return `${b}d`;
  if (/[^aeiou]y$/.test(b)) return `${b.slice(0, -1)}ied`;
  // One syllable ending in one vowel and one consonant doubles it: "fit" -> "fitted", "log" -> "logged".
  if (/^[^aeiou]+[aeiou][bdgmnprt]$/.test(b)) return `${b}${b.at(-1)}ed`;
  return `${b}ed`;
}

export const strongBases: ReadonlySet<string> = new Set(strongVerbs);
export const strongPasts: ReadonlyMap<string, string> = new Map([
  ...strongVerbs.map((v) => [conjugatePast(v), v] as const),
  ...strongPastExtras.map((v) => [v, v] as const),
]);

/** Base form of a verb in -s/-es, -ing or base form, if it is one of our strong verbs. */
export function strongBaseOf(word: string): string | undefined {
  const w = word.toLowerCase();
  if (strongBases.has(w)) return w;
  const candidates: string[] = [];
  if (w.endsWith('ing')) {
    const stem = w.slice(0, -3);
    candidates.push(stem, `${stem}e`, stem.slice(0, -1));
  }
  if (w.endsWith('ies')) candidates.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) candidates.push(w.slice(0, -2));
  if (w.endsWith('s')) candidates.push(w.slice(0, -1));
  return candidates.find((c) => strongBases.has(c));
}

/** "built the API" -> "Built the API". */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Shortens a rewrite for a suggestion: at most `max` words, with an ellipsis when cut. */
export function clip(text: string, max = 10): string {
  const words = text.trim().split(/\s+/);
  const cut = words.slice(0, max).join(' ');
  const end = endOfKept(cut, (ch) => !',;:.'.includes(ch));
  return words.length > max ? `${cut.slice(0, end)} …` : cut.slice(0, end);
}

/** `text` without trailing spaces and sentence punctuation. */
export function stripEnd(text: string): string {
  return trimEndMatching(text, /[\s.;:,]/);
}
