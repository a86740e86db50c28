import { describeRewrite } from '../advice';
import type { BulletRule } from '../schema';
import { firstPersonPlural, firstPersonSingular } from '../../text/word-lists';

/**
 * first-person: "I", "me", "my", "we", "our" (and "us", "myself", "mine", "ours") as words.
 * Resume bullets drop the pronoun; "we" also blurs what the candidate did.
 * "I" counts only as a capital standalone word, not in "I/O", "SDE I", "Phase I" or "Part I".
 * Known false positives: a quoted product or song title containing "My ...".
 */
const pronoun = new RegExp(
  `(?<![\\w/&.-])(${[...firstPersonSingular, ...firstPersonPlural].join('|')})(?![\\w/&'’-]|'(?:s|re)\\b)`,
  'gi',
);
const romanContext =
  /\b(phase|part|level|tier|sde|sdm|type|grade|class|stage|series|chapter|world war|vol|volume|round|step|gen|mark|model|ii|iii)\s*$/i;

/** The first-person words of a bullet, as written. */
export function findFirstPerson(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(pronoun)) {
    const word = m[1] ?? '';
    const before = text.slice(0, m.index);
    if (word === 'i') continue;
    if (word === 'I' && romanContext.test(before)) continue;
    if (
      word.toLowerCase() === 'us' &&
      (word === 'US' ||
        /^\s*(dollars?|\$|market|based|east|west|patent)/i.test(text.slice((m.index ?? 0) + 2)))
    )
      continue;
    if (word === 'US' || word === 'MY' || word === 'WE' || word === 'ME') continue;
    found.push(word);
  }
  return found;
}

/** What to do with each kind of pronoun, quoting the one the bullet uses. */
function adviceFor(word: string): string {
  const w = word.toLowerCase();
  if (w === 'i') return `drop "${word}" and start with the verb`;
  if (/^(my|our)$/.test(w)) return `write "the" or nothing in place of "${word}"`;
  if (/^(me|myself|mine)$/.test(w)) return `drop "${word}": a resume is about you already`;
  return `drop "${word}" and say what you did in the team's work`;
}

export const firstPerson: BulletRule = {
  id: 'first-person',
  check({ text, rewrite, opener, english, current }) {
    const words = findFirstPerson(text);
    if (words.length === 0) return undefined;
    const unique = [...new Map(words.map((w) => [w.toLowerCase(), w])).values()];
    const r = rewrite();
    // The opener rules already quote the rewrite for a line that opens weakly, with a noun,
    // pronoun or adverb, or (outside the current role) in the present: it is not offered twice.
    const openerShowsIt =
      english &&
      (['weak', 'noun', 'adjective', 'adverb'].includes(opener.kind) ||
        (!current && (opener.kind === 'present' || opener.kind === 'gerund')));
    const rewritten =
      !openerShowsIt && r?.kind === 'rewrite' && findFirstPerson(r.text).length === 0
        ? ` ${describeRewrite(r)}`
        : '';
    const advice = unique.map(adviceFor).join('; ');
    return {
      rule: 'first-person',
      severity: 'warning',
      message: `Uses the first person (${unique.map((w) => `"${w}"`).join(', ')}).`,
      suggestion: rewritten
        ? `${advice.charAt(0).toUpperCase()}${advice.slice(1)}:${rewritten}.`
        : `${advice.charAt(0).toUpperCase()}${advice.slice(1)}.`,
    };
  },
};
