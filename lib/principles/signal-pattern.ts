/**
 * Turns catalogue signal phrases into one case-insensitive regex per LP, built once.
 * Each word of a phrase tolerates simple inflections (customer -> customers, analyze ->
 * analyzing, simplify -> simplified) and words may be split by spaces or hyphens
 * ("fast paced" = "fast-paced"). Known false positives: the inflection is naive, so it also
 * accepts non-words ("dataed") and misses irregular forms (ship -> shipped must be listed).
 */

/** One compiled matcher: group i + 1 of `regex` is `signals[i]`. */
export interface SignalMatcher {
  readonly regex: RegExp;
  readonly signals: readonly string[];
}

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Regex source for one word with simple plural/verb inflections. */
export function wordPattern(word: string): string {
  const escaped = escapeRegex(word).replace(/'/g, "['’]");
  if (!/^[a-z]+$/.test(word)) return escaped;
  if (word.length < 3) return escaped;
  if (word.length === 3) return `${escaped}s?`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}(?:y|ies|ied|ying)`;
  if (word.endsWith('e')) return `${word.slice(0, -1)}(?:e|es|ed|ing)`;
  return `${word}(?:s|es|ed|ing)?`;
}

/** Regex source for a phrase: each word inflected, separated by spaces or hyphens. */
export function phrasePattern(phrase: string): string {
  return phrase
    .trim()
    .toLowerCase()
    .split(/[\s-]+/)
    .map(wordPattern)
    .join('[\\s-]+');
}

/** Compiles the signals into one global, case-insensitive regex; longer phrases win ties. */
export function compileSignals(signals: readonly string[]): SignalMatcher {
  const unique = [...new Set(signals.map((s) => s.trim().toLowerCase()))].filter(Boolean);
  const ordered = unique.sort((a, b) => b.length - a.length);
  const source = ordered.map((s) => `(${phrasePattern(s)})`).join('|');
  // Lookarounds rather than \b so signals that start or end with a symbol (c++) still match.
  return { regex: new RegExp(`(?<!\\w)(?:${source})(?!\\w)`, 'gi'), signals: ordered };
}
