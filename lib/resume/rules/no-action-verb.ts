import { readOpener, type Opener } from '../first-word';
import type { BulletRule } from '../schema';
import { cueVerbs, rewrite, toPast } from '../suggest';

const pronouns = /^(i|we|my|our)$/i;
/** Words that end the opening noun phrase ("Framework was ...", "Backend for ..."). */
const phraseEnd =
  /^(was|were|is|are|has|have|had|that|which|who|to|using|with|for|and|in|on|by|from|via)$/i;

function isVerb(o: Opener): o is Extract<Opener, { kind: 'strong' | 'present' | 'gerund' }> {
  return o.kind === 'strong' || o.kind === 'present' || o.kind === 'gerund';
}

/** The noun phrase a bullet opens with, up to 6 words ("Real-time chat app"). */
function nounPhrase(text: string): string {
  const words = text.replace(/[:–—-]\s.*$/, '').split(/\s+/);
  const end = words.findIndex((w, i) => i > 0 && phraseEnd.test(w));
  return words
    .slice(0, end > 0 ? Math.min(end, 6) : 6)
    .join(' ')
    .replace(/[,;:.]+$/, '');
}

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
    if (pronouns.test(opener.word)) {
      const next = readOpener(opener.rest);
      const fix = isVerb(next)
        ? rewrite(toPast(next.word), next.rest)
        : rewrite(cueVerbs(text)[0], opener.rest);
      return {
        rule: 'no-action-verb',
        severity: 'warning',
        message: `Opens with "${opener.word}" instead of an action verb.`,
        suggestion: `Drop "${opener.word}" and start with the verb: ${fix}.`,
      };
    }
    const [a, b] = cueVerbs(text);
    const phrase = nounPhrase(text);
    const object = /^(a|an|the)\s/i.test(phrase)
      ? phrase
      : `the ${phrase.charAt(0).toLowerCase()}${phrase.slice(1)}`;
    return {
      rule: 'no-action-verb',
      severity: 'warning',
      message: `Opens with ${kindWord} ("${opener.word}") instead of an action verb.`,
      suggestion: `Start with what you did: ${rewrite(a, object)} or ${rewrite(b, object)}, then the result.`,
    };
  },
};
