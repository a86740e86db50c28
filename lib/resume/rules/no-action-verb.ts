import type { BulletRule } from '../rule';
import { cueVerbs, rewrite, toPast } from '../suggest';

/**
 * no-action-verb: the bullet opens with a noun phrase ("Creation of ...", "Backend for ..."),
 * an adjective ("Scalable ...") or an adverb ("Successfully launched ..."). Recruiters scan the
 * first word for an action.
 * Adverb openers: suggests dropping the adverb when a verb follows. Nouns that hide a verb
 * ("Creation", "Development") become that verb; other openers get verbs fitting the bullet.
 * Known false positives: project titles written as a bullet ("Chess engine in Rust").
 */
export const noActionVerb: BulletRule = {
  id: 'no-action-verb',
  check({ opener, text, english }) {
    if (!english) return undefined;
    if (opener.kind === 'adverb') {
      const next = opener.next;
      const verb =
        next.kind === 'strong' || next.kind === 'present' || next.kind === 'gerund'
          ? toPast(next.word)
          : cueVerbs(text)[0];
      const object =
        next.kind === 'strong' || next.kind === 'present' || next.kind === 'gerund'
          ? next.rest
          : opener.rest;
      return {
        rule: 'no-action-verb',
        severity: 'warning',
        message: `Opens with the adverb "${opener.word}" instead of an action verb.`,
        suggestion: `Drop the adverb and let the result show it: ${rewrite(verb, object)}.`,
      };
    }
    if (opener.kind !== 'noun' && opener.kind !== 'adjective') return undefined;
    const kindWord = opener.kind === 'noun' ? 'a noun phrase' : 'an adjective';
    if (opener.base) {
      return {
        rule: 'no-action-verb',
        severity: 'warning',
        message: `Opens with ${kindWord} ("${opener.word}") instead of an action verb.`,
        suggestion: `Turn it into the verb: ${rewrite(toPast(opener.base), opener.rest)}.`,
      };
    }
    const [a, b] = cueVerbs(text);
    return {
      rule: 'no-action-verb',
      severity: 'warning',
      message: `Opens with ${kindWord} ("${opener.word}") instead of an action verb.`,
      suggestion: `Start with what you did: ${rewrite(a, text)} or "${b} …".`,
    };
  },
};
