import type { BulletRule } from '../schema';

/**
 * first-person: "I", "me", "my", "we", "our" (and "us", "myself", "mine", "ours") as words.
 * Resume bullets drop the pronoun; "we" also blurs what the candidate did.
 * "I" counts only as a capital standalone word, not in "I/O", "SDE I", "Phase I" or "Part I".
 * Known false positives: a quoted product or song title containing "My ...".
 */
const pronoun =
  /(?<![\w/&.-])(I|i|me|my|we|our|us|myself|mine|ours|ourselves)(?![\w/&'’-]|'(?:s|re)\b)/gi;
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

export const firstPerson: BulletRule = {
  id: 'first-person',
  check({ text }) {
    const words = findFirstPerson(text);
    if (words.length === 0) return undefined;
    const unique = [...new Set(words.map((w) => w.toLowerCase()))];
    const we = unique.some((w) => /^(we|our|us|ours|ourselves)$/.test(w));
    return {
      rule: 'first-person',
      severity: 'warning',
      message: `Uses the first person (${unique.map((w) => `"${w}"`).join(', ')}).`,
      suggestion: we
        ? 'Drop the pronoun and say what YOU did in the team\'s work: "Designed the cache layer the team shipped", not "We built ...".'
        : 'Drop the pronoun and start with the verb: "Developed ..." rather than "I developed ...", "Cut my team\'s ..." -> "Cut the team\'s ...".',
    };
  },
};
