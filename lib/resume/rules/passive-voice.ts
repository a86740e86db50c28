import { isParticiple } from '../../nlp/resume';
import type { BulletRule } from '../schema';
import { isSafeRewrite } from '../rewrite';
import { capitalize, strongPasts } from '../words';
import { trimEndMatching } from '../../text/trim-end';

/**
 * passive-voice: "was/were/been/being + past participle" ("was written in Python", "were later
 * used"). Passive hides who acted; a resume wants "I did it" without the "I".
 * A cheap regex finds candidates; the participle is confirmed by our lists or by compromise.
 * Present tense ("is used") is left alone. Known false positives: others' actions the bullet
 * reports ("engineers who were hired by Google"); adjectives after "was" ("was interested").
 */
const candidate =
  /\b(was|were|been|being)\s+(?:(?:not|also|later|then|successfully|fully|first|\w+ly)\s+)?([a-z]+)\b/gi;
const irregular = new Set(
  'written built done made given taken chosen known shown grown seen drawn run set put sent spent held led found brought taught sold won kept begun broken driven frozen hidden spoken stolen thrown worn rewritten rebuilt undertaken overseen shut split cut'.split(
    ' ',
  ),
);
const notParticiples = new Set([
  'based',
  'supposed',
  'interested',
  'excited',
  'located',
  'tired',
  'affected',
  'impacted',
  'red',
]);

/** The passive phrase of a bullet ("was written"), or undefined. */
export function findPassive(text: string): string | undefined {
  for (const m of text.matchAll(candidate)) {
    const word = (m[2] ?? '').toLowerCase();
    if (notParticiples.has(word)) continue;
    const after = text.slice((m.index ?? 0) + m[0].length);
    // "was used to working" means "was accustomed to"; others' states ("who were hired", "were affected").
    if (word === 'used' && /^\s+to\s+\w+ing\b/i.test(after)) continue;
    if (/\bwho\s+$/i.test(text.slice(0, m.index))) continue;
    const regular = word.endsWith('ed') && !word.endsWith('eed') && word.length >= 4;
    if (
      irregular.has(word) ||
      regular ||
      strongPasts.has(word) ||
      (word.length > 3 && isParticiple(word))
    )
      return m[0];
  }
  return undefined;
}

const pastOfParticiple: Readonly<Record<string, string>> = {
  written: 'wrote',
  rewritten: 'rewrote',
  done: 'did',
  given: 'gave',
  taken: 'took',
  chosen: 'chose',
  known: 'knew',
  shown: 'showed',
  grown: 'grew',
  seen: 'saw',
  drawn: 'drew',
  begun: 'began',
  broken: 'broke',
  driven: 'drove',
  spoken: 'spoke',
  undertaken: 'undertook',
  overseen: 'oversaw',
};

/**
 * "The framework was written in C" -> "Wrote the framework in C": only when the passive is the
 * bullet's first clause (its subject is everything before it). Undefined when that is not safe.
 */
function activeRewrite(text: string, phrase: string): string | undefined {
  const at = text.indexOf(phrase);
  const subject = text.slice(0, at).trim();
  if (!subject || subject.split(/\s+/).length > 6 || /[,;:()]|\b(which|that|who)\b/i.test(subject))
    return undefined;
  const participle = (phrase.split(/\s+/).at(-1) ?? '').toLowerCase();
  const past = pastOfParticiple[participle] ?? participle;
  const after = trimEndMatching(
    text
      .slice(at + phrase.length)
      .replace(/^\s*by\s+(me|us|myself|ourselves)\b/i, '')
      .replace(/\s*\bby (me|us|myself)\b/i, '')
      .trim(),
    /[\s.;:,]/,
  );
  const object = subject.replace(/^(The|A|An|This|My|Our)\s+/, (m) => m.toLowerCase());
  const [head = '', ...tail] = object.split(/\s+/);
  // "Framework" is capitalised only because it starts the bullet.
  const lowered = /^[A-Z][a-z]+$/.test(head) ? head.toLowerCase() : head;
  const candidate = capitalize(
    `${past} ${[lowered, ...tail].join(' ')}${after ? ` ${after}` : ''}`.replace(
      /^(\w+) (my|our) /i,
      '$1 the ',
    ),
  );
  return isSafeRewrite(text, candidate) ? candidate : undefined;
}

export const passiveVoice: BulletRule = {
  id: 'passive-voice',
  check({ text, english }) {
    if (!english) return undefined;
    const phrase = findPassive(text);
    if (!phrase) return undefined;
    const rewritten = activeRewrite(text, phrase);
    // In a later clause ("Built X, which was used by 40 teams") the doer is often someone else:
    // the bullet already starts with the user's verb, so the advice is to name who acted.
    const before = text.slice(0, text.indexOf(phrase));
    const laterClause = /[,;]|\b(which|that|and|where|when|so)\b/i.test(before);
    return {
      rule: 'passive-voice',
      severity: 'warning',
      message: `"${phrase}" is passive: it hides who did the work.`,
      suggestion: rewritten
        ? `Make yourself the doer: "${rewritten}".`
        : laterClause
          ? 'Name who acted, in the active voice: for example "40 teams adopted it" rather than "it was adopted by 40 teams".'
          : `Make yourself the doer: start with what you did ("<Verb> …"), not with "${phrase}".`,
    };
  },
};
