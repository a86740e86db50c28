import type { BulletRule } from '../schema';
import { isSafeRewrite } from '../rewrite';
import { capitalize } from '../words';
import { trimEndMatching } from '../../text/trim-end';

/**
 * passive-voice: "was/were/been/being + past participle" ("was written in Python", "were later
 * used"). Passive hides who acted; a resume wants "I did it" without the "I".
 * A cheap regex finds candidates; the participle is confirmed by our lists or by compromise.
 * Present tense ("is used") is left alone. Known false positives: others' actions the bullet
 * reports ("engineers who were hired by Google"); adjectives after "was" ("was interested").
 */

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
  check({ text, english, passive }) {
    if (!english) return undefined;
    const found = passive();
    if (!found) return undefined;
    const { phrase } = found;
    const rewritten = activeRewrite(text, phrase);
    // In a later clause ("Built X, which was used by 40 teams") the doer is often someone else:
    // the bullet already starts with the user's verb, so the advice is to name who acted.
    const laterClause = !found.firstClause;
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
