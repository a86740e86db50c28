import { firstWordClass, wordTags } from '../nlp/resume';
import { prepositions } from '../text/word-lists';
import {
  edAdjectives,
  nounOpeners,
  nounToVerb,
  nounVerbs,
  openerAdverbs,
  weakOpeners,
} from './verbs';
import { bare, endOfKept, strongBaseOf, strongPasts, tokenize } from './words';

/**
 * Classifies how a bullet opens: a strong past-tense verb, a weak opener, a present-tense or
 * -ing verb, an adverb, or a noun phrase/adjective. Our lists decide most words; compromise
 * (lib/nlp) is asked only about words the lists do not know, on the first four words.
 * A word that is a noun as often as a verb reads as a noun where the words after it say so
 * ("File server with ...", "Design of ...", "Frontend in React"), so a noun phrase is never
 * reported as a present-tense verb.
 * Known false positives: a product name that ends in -ed ("Seeded" as a brand) reads as a verb;
 * a present-tense verb before a singular noun that compromise reads as a compound ("File bug
 * reports") reads as a noun.
 */

export type WeakOpener = (typeof weakOpeners)[number];

export type Opener =
  | { kind: 'strong'; word: string; base: string; rest: string }
  | { kind: 'weak'; word: string; weak: WeakOpener; rest: string }
  | { kind: 'present' | 'gerund'; word: string; base: string; rest: string }
  | { kind: 'adverb'; word: string; next: Opener; rest: string }
  | { kind: 'noun' | 'adjective'; word: string; base: string; rest: string }
  | { kind: 'empty'; word: ''; rest: '' };

const weakByLength = [...weakOpeners].sort((a, b) => b.phrase.length - a.phrase.length);
const adjectives: ReadonlySet<string> = new Set(edAdjectives);
const adverbs: ReadonlySet<string> = new Set(openerAdverbs);
/** Prefixes that keep a hyphenated word a verb ("Co-authored", "Re-engineered", "Hand-wired"). */
const verbPrefixes = new Set(
  'co re self hand first pre de un cross over under out auto double triple back multi dual fine hot'.split(
    ' ',
  ),
);
const notAdverbs = new Set([
  'apply',
  'supply',
  'reply',
  'rely',
  'assembly',
  'family',
  'only',
  'early',
  'italy',
  'july',
  'daily',
  'weekly',
  'monthly',
]);

const eedPasts = new Set(['agreed', 'guaranteed', 'freed', 'refereed', 'disagreed']);

/** Words that start a verb's object: before them a noun-verb is the verb ("File a patent"). */
const objectWords =
  /^(?:the|a|an|this|that|these|those|it|its|them|their|our|my|his|her|all|each|every|new)$/;
/**
 * What a noun-verb is before: "of" makes it a noun ("Design of X", "Architect of Y"); "on" and
 * "in" only after "research" ("Research on X"). Other prepositions follow the verb as often
 * ("Report to the CTO", "Design for accessibility", "Test on 3 devices").
 */
function nounBefore(word: string, next: string): boolean {
  return next === 'of' || (word === 'research' && (next === 'on' || next === 'in'));
}

/**
 * Whether a word that can be a present-tense verb opens a noun phrase here, given the bullet's
 * first words (lowercase): a noun opener ("Frontend in React", "Core member of"); a noun-verb
 * before "of" ("Design of X", "Research on X") or coordinated with a noun ("Design and development
 * of X"); or, once compromise has loaded, a noun-verb it reads as the head of a two-word
 * compound ("File server with …", "Research paper accepted …"; not "Mentor students", nor
 * "Design data pipelines").
 */
function readsAsNoun(word: string, phrase: string): boolean {
  const [, next = '', after = ''] = phrase.split(' ').map(bare);
  if (objectWords.test(next)) return false;
  if (nounOpeners.has(word)) return true;
  // Fixed compounds whose first word is also a verb: "Supply chain dashboards", "Test suite for …".
  if (nounCompounds.has(`${word} ${next}`)) return true;
  if (!nounVerbs.has(word)) return false;
  if (nounBefore(word, next)) return true;
  if (/^(?:and|&)$/.test(next))
    return nounToVerb[after] !== undefined || /(?:tion|sion)$/.test(after);
  // A compound ends where its phrase does: "File server with …", "Research paper accepted …",
  // but "Design data pipelines" is a verb and its object.
  const compoundEnds =
    after === '' ||
    prepositions.has(after) ||
    after.endsWith('ed') ||
    /[,;:.)]$/.test(phrase.split(' ')[1] ?? '');
  if (!compoundEnds || !/^[a-z]+$/.test(next)) return false;
  const [first = [], second = []] = wordTags(phrase);
  return first.includes('Noun') && second.includes('Singular') && !second.includes('Plural');
}

function restAfter(tokens: string[], count: number): string {
  return tokens.slice(count).join(' ');
}

/** Two-word nouns that open bullets and start with a verb-shaped word. */
const nounCompounds: ReadonlySet<string> = new Set([
  'supply chain',
  'test suite',
  'test cases',
  'test plan',
  'design system',
  'design document',
  'design review',
  'code review',
  'code base',
  'process improvement',
  'change management',
  'release notes',
  'build system',
  'build pipeline',
  'support tickets',
  'research project',
  'research paper',
]);

/** Words in -ing that are only nouns: "Morning and afternoon sessions" is not an -ing verb. */
const ingNouns: ReadonlySet<string> = new Set([
  'morning',
  'evening',
  'string',
  'spring',
  'wedding',
  'ceiling',
  'sibling',
  'lightning',
  'offspring',
  'pudding',
  'duckling',
  'herring',
  'awning',
  'viking',
]);

/** Classifies one word (already bare, lowercase) given the phrase it starts. */
function classifyWord(
  word: string,
  phrase: string,
): 'strong' | 'present' | 'gerund' | 'adverb' | 'noun' | 'adjective' {
  if (strongPasts.has(word)) return 'strong';
  if (adjectives.has(word)) return 'adjective';
  if (word.includes('-')) {
    const [head = '', ...tail] = word.split('-');
    const last = tail.at(-1) ?? '';
    if (!verbPrefixes.has(head)) return word.endsWith('ly') ? 'adverb' : 'adjective';
    return classifyWord(last, last);
  }
  if (adverbs.has(word) || (word.length > 4 && word.endsWith('ly') && !notAdverbs.has(word)))
    return 'adverb';
  const base = strongBaseOf(word);
  if (base === word && readsAsNoun(word, phrase)) return 'noun';
  if (base) return word.endsWith('ing') ? 'gerund' : 'present';
  if (word.length > 5 && word.endsWith('ing')) return ingNouns.has(word) ? 'noun' : 'gerund';
  if (word.length > 3 && ((word.endsWith('ed') && !word.endsWith('eed')) || eedPasts.has(word)))
    return 'strong';
  if (nounToVerb[word]) return 'noun';
  if (!/^[a-z][a-z'-]*$/.test(word)) return 'noun';
  const nlpClass = firstWordClass(phrase);
  if (nlpClass === 'past-verb') return 'strong';
  if (nlpClass === 'present-verb') return readsAsNoun(word, phrase) ? 'noun' : 'present';
  if (nlpClass === 'gerund') return 'gerund';
  if (nlpClass === 'adverb') return 'adverb';
  if (nlpClass === 'adjective') return 'adjective';
  return 'noun';
}

/** Reads the opener of a bullet (leading markers, emoji and quotes are skipped). */
export function readOpener(whole: string): Opener {
  // The opener is in the first words; a pasted megabyte line is read on its start (as lintBullet does).
  const text = whole.slice(0, 4_000);
  const start = text.search(/[\p{L}]/u);
  if (start < 0) return { kind: 'empty', word: '', rest: '' };
  const tokens = tokenize(text.slice(start));
  const lower = tokens.join(' ').toLowerCase();
  const weak = weakByLength.find(
    (w) => lower.startsWith(w.phrase) && !/[\p{L}]/u.test(lower.charAt(w.phrase.length)),
  );
  if (weak) {
    const count = weak.phrase.split(' ').length;
    return {
      kind: 'weak',
      word: tokens.slice(0, count).join(' '),
      weak,
      rest: restAfter(tokens, count),
    };
  }
  const first = tokens[0] ?? '';
  // "Experimented(scored" -> "experimented"; keeps inner hyphens.
  const lead = bare(first).match(/^[\p{L}][\p{L}'-]*/u)?.[0] ?? '';
  const word = lead.slice(
    0,
    endOfKept(lead, (ch) => ch !== '-'),
  );
  if (!word || !/^[a-z]/.test(word)) {
    return { kind: 'noun', word: first, base: '', rest: restAfter(tokens, 1) };
  }
  const phrase = tokens.slice(0, 4).join(' ').toLowerCase();
  const kind = classifyWord(word, phrase);
  const rest = restAfter(tokens, 1);
  if (kind === 'adverb') return { kind, word: first, next: readOpener(rest), rest };
  const base =
    strongBaseOf(word.split('-').at(-1) ?? word) ?? strongPasts.get(word) ?? nounToVerb[word] ?? '';
  return { kind, word: first, base, rest };
}
