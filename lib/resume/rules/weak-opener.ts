import type { BulletRule } from '../schema';
import { cueVerbs, hiddenVerb, rewrite } from '../suggest';
import { capitalize } from '../words';

/**
 * weak-opener: the bullet starts with a phrase that hides what the candidate did
 * ("Responsible for", "Helped", "Worked on", "Utilized", "Awarded" ...). Screeners read the first
 * word; a duty or a tool tells them nothing about the result.
 * Suggests the verb the bullet already hides ("Helped build" -> "Built", or "Co-built" when the
 * work was shared), else verbs that fit its nouns.
 * Known false positives: "Supported" for a support role's real work ("Supported 40 customers a day").
 */
export const weakOpener: BulletRule = {
  id: 'weak-opener',
  check({ opener, text, english }) {
    if (opener.kind !== 'weak' || !english) return undefined;
    const { weak, word, rest } = opener;
    const message = `"${capitalize(word)}" ${weak.why}.`;
    const hidden = hiddenVerb(rest);
    if (hidden) {
      const main = rewrite(
        hidden.past,
        hidden.tool ? `${hidden.object.replace(/[.,;]+$/, '')} with ${hidden.tool}` : hidden.object,
      );
      const co = weak.co ? ` (or "Co-${hidden.past}" if the work was shared)` : '';
      return {
        rule: 'weak-opener',
        severity: 'error',
        message,
        suggestion: `Start with the action: ${main}${co}.`,
      };
    }
    const [a, b] = cueVerbs(text);
    const suggestion =
      weak.why === 'says someone else acted'
        ? `Say what you did to earn it: ${rewrite(a, rest, ' by …')}, then the result.`
        : `Start with what you did: ${rewrite(a, rest)} or "${b} …", then the result.`;
    return { rule: 'weak-opener', severity: 'error', message, suggestion };
  },
};
