import { loadNlp, nlpEngine } from './engine';

/**
 * The few compromise operations the resume linter needs, each memoised per input.
 * compromise costs ~130-230 ms on its first call and ~1 ms per short phrase after, so callers
 * use it only for words their own lists do not settle (see lib/resume/first-word.ts).
 */

const cacheLimit = 5_000;
type Nlp = NonNullable<ReturnType<typeof nlpEngine>>;
/**
 * The start of a phrase that the tagger reads: at most 600 characters, cut at a space. Context past a
 * bullet's first two lines does not change how its words are read, and a pasted 100,000-character
 * "bullet" would otherwise be tagged whole (and kept whole as a cache key).
 */
function head(phrase: string): string {
  if (phrase.length <= 600) return phrase;
  const cut = phrase.slice(0, 600);
  // Drop a word the cut went through, so the tagger never reads half a word.
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), cut.lastIndexOf('\t'), 1));
}

/** Memoised per input once compromise is loaded; before that, `fallback` (never cached). */
function memo<T>(
  fn: (nlp: Nlp, key: string) => T,
  fallback: (key: string) => T,
): (key: string) => T {
  const cache = new Map<string, T>();
  return (whole) => {
    const key = head(whole);
    const nlp = nlpEngine();
    if (!nlp) return fallback(key);
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = fn(nlp, key);
    if (cache.size >= cacheLimit) cache.clear();
    cache.set(key, value);
    return value;
  };
}

type Terms = { terms?: { text?: string; tags?: string[] }[] }[];

/**
 * compromise's reading of a phrase, term by term: one tagger run per phrase, shared by
 * firstWordClass, verbsInContext and wordTags (they often ask about the same words).
 */
const termsOf = memo(
  (nlp, phrase: string): Terms => nlp(phrase).terms().json() as Terms,
  (): Terms => [],
);

export const wordClasses = [
  'past-verb',
  'present-verb',
  'gerund',
  'adjective',
  'adverb',
  'noun',
  'other',
] as const;
export type WordClass = (typeof wordClasses)[number];

/** Before compromise has loaded: suffixes only ("-ing" gerund, "-ed" past, "-ly" adverb). */
function fallbackClass(phrase: string): WordClass {
  const word = phrase.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  if (/ing$/.test(word)) return 'gerund';
  if (/ed$/.test(word)) return 'past-verb';
  if (/ly$/.test(word)) return 'adverb';
  return 'other';
}

/**
 * Part of speech of the first word of a phrase, read in context (pass the first few words).
 * Known false positives: compromise reads some sentence-initial nouns as imperatives
 * ("Research assistant ...") and some rare past forms as nouns ("Troubleshot").
 */
export const firstWordClass = memo((_nlp, phrase: string): WordClass => {
  const terms = termsOf(phrase);
  const term = terms[0];
  const tags = new Set(term?.terms?.[0]?.tags ?? []);
  if (tags.has('Gerund')) return 'gerund';
  if (tags.has('PastTense') || tags.has('Participle')) return 'past-verb';
  if (tags.has('Verb')) return 'present-verb';
  if (tags.has('Adverb')) return 'adverb';
  if (tags.has('Adjective')) return 'adjective';
  if (tags.has('Noun')) return 'noun';
  return 'other';
}, fallbackClass);

/** Past tense of a verb in any form ("creating" -> "created", "lead" -> "led"); '' when unsure. */
export const pastTenseOf = memo(
  (nlp, verb: string): string => {
    const out = nlp(verb).verbs().toPastTense().text().trim();
    return /^[a-z-]+$/i.test(out) ? out.toLowerCase() : '';
  },
  () => '',
);

/** Whether a word reads as a past participle ("written", "adjudged") after "was". */
export const isParticiple = memo(
  (nlp, word: string): boolean => {
    const doc = nlp(`it was ${word}`);
    return doc.has('#Passive') || doc.match(`${word}`).has('(#PastTense|#Participle)');
  },
  (word) => /(?:ed|en|wn|ght)$/i.test(word),
);

/** Loads compromise and pays its one-off lexicon setup (call when a panel opens). */
export async function warmUpNlp(): Promise<void> {
  await loadNlp();
  nlpEngine()?.('Warmed up the tagger.').terms().json();
}

/**
 * The words compromise reads as verbs in this phrase, lowercase ("Create and maintain CI
 * pipelines" -> create, maintain). Context decides: "market" in "market pricing of tech roles" is
 * not one. Before compromise has loaded: none (callers then rely on their own verb list).
 */
export const verbsInContext = memo(
  (_nlp, phrase: string): ReadonlySet<string> => {
    const terms = termsOf(phrase);
    const verbs = new Set<string>();
    for (const t of terms) {
      const term = t.terms?.[0];
      const tags = term?.tags ?? [];
      if (tags.includes('Verb') && !tags.includes('Auxiliary') && term?.text)
        verbs.add(term.text.toLowerCase());
    }
    return verbs;
  },
  (): ReadonlySet<string> => new Set(),
);

/** Past tense of a word used as a verb ("liaise" -> "liaised", "shipping" -> "shipped"); '' when unsure. */
export const pastOfVerb = memo(
  (nlp, word: string): string => {
    const doc = nlp(word);
    doc.tag('Verb');
    const out = doc.verbs().toPastTense().text().trim();
    return /^[a-z-]+$/i.test(out) && out.toLowerCase() !== word.toLowerCase()
      ? out.toLowerCase()
      : '';
  },
  () => '',
);

/**
 * Part-of-speech tags of each word of a short phrase, in context, as compromise reads them
 * ("account reconciliations" -> [["Verb", ...], ["Noun", ...]]): one entry per whitespace word,
 * hyphenated words joined. Before compromise has loaded: no tags.
 */
export const wordTags = memo(
  (_nlp, phrase: string): readonly (readonly string[])[] => {
    const words = phrase.split(/\s+/).filter(Boolean);
    const terms = termsOf(phrase)
      .map((t) => t.terms?.[0])
      .filter((t) => t !== undefined);
    const out: string[][] = [];
    let k = 0;
    for (const word of words) {
      const tags = new Set<string>();
      let covered = '';
      const target = word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
      while (k < terms.length && covered.length < target.length) {
        const term = terms[k++];
        covered += (term?.text ?? '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
        for (const tag of term?.tags ?? []) tags.add(tag);
        if (!covered) break;
      }
      out.push([...tags]);
    }
    return out;
  },
  (): readonly (readonly string[])[] => [],
);
