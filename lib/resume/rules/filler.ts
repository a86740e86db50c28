import type { BulletRule } from '../schema';
import { fillerPhrases } from '../verbs';

/**
 * filler: empty words and buzzwords ("various", "etc.", "results-driven", "team player",
 * "synergy" ...). They take room and prove nothing. Suggests what to write instead.
 * A word that is a term of art before a technical noun ("dynamic routing", "multiple
 * inheritance") is not filler there.
 * Known false positives: other technical senses not in `termsOfArt`.
 */
const termsOfArt: Readonly<Record<string, RegExp>> = {
  dynamic:
    /^\s+(?:routing|programming|pricing|analysis|typing|dispatch|allocation|loading|linking|libraries|library|scaling|memory|range|content|pages?|forms?|quer(?:y|ies)|crud|rendering|workflows?|configuration|imports?|languages?|systems?|models?|graphs?|simulation|resources?|dns|ip)\b/i,
  efficient: /^\s+(?:frontier|markets?|estimators?|portfolios?)\b/i,
  multiple: /^\s+(?:inheritance|dispatch|regression|imputation|testing|sclerosis)\b/i,
};

const matchers = fillerPhrases.map((f) => ({
  ...f,
  lower: f.phrase.toLowerCase(),
  re: new RegExp(`(?<![\\w-])${f.phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'gi'),
}));

/** Whether the phrase appears somewhere in `text` as filler, not as part of a term of art. */
function usedAsFiller(m: (typeof matchers)[number], text: string, lower: string): boolean {
  // A phrase that is not in the text at all needs no regex.
  if (!lower.includes(m.lower)) return false;
  const term = termsOfArt[m.phrase];
  for (const hit of text.matchAll(m.re)) {
    if (!term || !term.test(text.slice((hit.index ?? 0) + hit[0].length))) return true;
  }
  return false;
}

export const filler: BulletRule = {
  id: 'filler',
  check({ text, english }) {
    if (!english) return undefined;
    const lower = text.toLowerCase();
    const hits = matchers.filter((m) => usedAsFiller(m, text, lower));
    // "etc" and "etc." both match "etc."; keep one.
    const unique = hits.filter(
      (h, i) => !(h.phrase === 'etc' && hits.some((o, j) => j !== i && o.phrase === 'etc.')),
    );
    if (unique.length === 0) return undefined;
    return {
      rule: 'filler',
      severity: 'info',
      message: `Filler: ${unique.map((h) => `"${h.phrase}"`).join(', ')}.`,
      suggestion: unique.map((h) => `"${h.phrase}": ${h.instead}`).join('; ') + '.',
    };
  },
};
