import type { BulletRule } from '../schema';
import { fillerPhrases } from '../verbs';

/**
 * filler: empty words and buzzwords ("various", "etc.", "results-driven", "team player",
 * "synergy" ...). They take room and prove nothing. Suggests what to write instead.
 * Known false positives: "multiple" in a technical sense ("multiple inheritance").
 */
const matchers = fillerPhrases.map((f) => ({
  ...f,
  re: new RegExp(`(?<![\\w-])${f.phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'i'),
}));

export const filler: BulletRule = {
  id: 'filler',
  check({ text, english }) {
    if (!english) return undefined;
    const hits = matchers.filter((m) => m.re.test(text));
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
