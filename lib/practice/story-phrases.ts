import { nlpEngine } from '../nlp/engine';
import {
  clausesOf,
  endsDangling,
  maxPhraseChars,
  sentencesOf,
  trimDangling,
} from '../text/clauses';
import { trimEndMatching } from '../text/trim-end';
import { hasMetric } from '../text/metric';

/**
 * Pulls the pieces a Bar Raiser would push on out of a STAR story's own text: the things the
 * candidate did ("migrated the cache to Redis"), the choices they describe ("a batch query over
 * Redis caching", "rewrote the loader instead of patching it") and the result they claim.
 * compromise tags past-tense verbs so irregular ones ("rewrote", "built") count too.
 * Known false positives: a past-tense verb after "we" about someone else's work is read as the
 * candidate's action; a choice sentence with two "over"s keeps only the first.
 */

interface Term {
  text: string;
  post: string;
  tags: string[];
}

const auxiliaries = new Set([
  'was',
  'were',
  'had',
  'did',
  'been',
  'got',
  'became',
  'felt',
  'seemed',
]);
const subjects = new Set(['i', 'we']);
const clauseBreakers = new Set([
  'and',
  'but',
  'so',
  'because',
  'since',
  'which',
  'while',
  'then',
  'instead',
  'rather',
  'after',
  'before',
  'until',
  'although',
  'though',
]);
const maxPhraseWords = 12;

/** Second person for quoting the candidate back to themselves. */
export function toSecondPerson(text: string): string {
  const map: Record<string, string> = {
    i: 'you',
    me: 'you',
    my: 'your',
    mine: 'yours',
    myself: 'yourself',
    "i'm": "you're",
    "i've": "you've",
    "i'd": "you'd",
  };
  return text.replace(/\b(I|me|my|mine|myself|I'm|I've|I'd)\b/gi, (w) => map[w.toLowerCase()] ?? w);
}

function stripEnd(text: string): string {
  return trimEndMatching(text.trim(), /[\s,;:.!?]/);
}

/** The base form of a verb ("rewrote" -> "rewrite"); the word itself when compromise is unsure. */
export function baseForm(verb: string): string {
  // Read after "we" so compromise tags the word as a verb, not an adjective ("considered").
  const nlp = nlpEngine();
  if (!nlp) return verb.toLowerCase();
  const out = nlp(`we ${verb}`).verbs().toInfinitive().text().trim().toLowerCase();
  const base = out.replace(/^we\s+/, '');
  return /^[a-z-]+$/.test(base) ? base : verb.toLowerCase();
}

function sentenceTerms(text: string): Term[][] {
  const nlp = nlpEngine();
  // Before compromise loads: words only, untagged, so no phrase is read as an action yet.
  if (!nlp)
    return [
      text
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => ({ text: w, post: ' ', tags: [] })),
    ];
  // A run of one punctuation mark ("......") is squeezed to three: compromise slows down
  // sharply on a single term thousands of characters long, and no phrase lives in such a run.
  const squeezed = text.replace(/([^\p{L}\p{N}\s])\1{3,}/gu, '$1$1$1');
  const doc = nlp(squeezed).json() as { terms: { text: string; post: string; tags: string[] }[] }[];
  return doc.map((s) => s.terms.map((t) => ({ text: t.text, post: t.post, tags: t.tags })));
}

function isActionVerb(terms: Term[], i: number): boolean {
  const t = terms[i]!;
  if (!t.tags.includes('PastTense') || auxiliaries.has(t.text.toLowerCase())) return false;
  // "the 12 mismatches we saw most often": "we" right after a noun opens a relative clause
  // that describes the noun; the verb is not an action of the story.
  const subject = terms[i - 1];
  const beforeSubject = terms[i - 2];
  if (
    subject &&
    subjects.has(subject.text.toLowerCase()) &&
    beforeSubject &&
    (has(beforeSubject, 'Noun') || has(beforeSubject, 'Value')) &&
    !has(beforeSubject, 'Pronoun') &&
    !/[,;:.!?]/.test(beforeSubject.post)
  )
    return false;
  const before = terms.slice(Math.max(0, i - 2), i).map((x) => x.text.toLowerCase());
  return before.some((w) => subjects.has(w)) || i === 0;
}

/** A past verb right after a comma or "and", continuing a list of the candidate's actions. */
function continuesActions(terms: Term[], i: number): boolean {
  const t = terms[i]!;
  const prev = terms[i - 1];
  if (!t.tags.includes('PastTense') || auxiliaries.has(t.text.toLowerCase()) || !prev) return false;
  return prev.post.includes(',') || prev.text.toLowerCase() === 'and';
}

/** Verbs whose object is a person asked to do something: "convinced the team to review pages". */
const persuading =
  /^(?:convinced|persuaded|asked|got|pushed|encouraged|trained|helped|coached|taught)$/i;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The words as the story spelt them: compromise drops hyphens ("on-call" -> "on call"). */
function asWritten(words: string[], source: string): string {
  const re = new RegExp(words.map(escapeRe).join(String.raw`[\s,\-\u2010-\u2014]+`), 'i');
  return re.exec(source)?.[0] ?? words.join(' ');
}

const coordinators = new Set(['and', 'or']);
const relatives = new Set(['that', 'which', 'who', 'where', 'when']);

const has = (t: Term | undefined, tag: string): boolean => t?.tags.includes(tag) ?? false;
/** A word that can sit inside a noun phrase (not a pronoun subject, not a verb). */
const isNominal = (t: Term | undefined): boolean =>
  t !== undefined &&
  !has(t, 'Pronoun') &&
  !has(t, 'Verb') &&
  (has(t, 'Noun') || has(t, 'Adjective') || has(t, 'Value') || has(t, 'Acronym'));
const isHeadNoun = (t: Term | undefined): boolean =>
  has(t, 'Noun') || has(t, 'Value') || has(t, 'Pronoun');

/** After a comma or "and": does a list of nouns go on ("payroll, HRIS and review data")? */
function listContinues(terms: Term[], j: number): boolean {
  let k = j;
  if (coordinators.has(terms[k]?.text.toLowerCase() ?? '')) k += 1;
  if (!isNominal(terms[k])) return false;
  // The item must not be the subject of a new clause ("and the team accepted").
  for (let n = k; n < Math.min(terms.length, k + 4); n++) {
    if (has(terms[n], 'Verb') && !has(terms[n], 'Gerund')) return false;
    if (/[,;:.!?]/.test(terms[n]!.post) || coordinators.has(terms[n + 1]?.text.toLowerCase() ?? ''))
      return true;
  }
  return true;
}

/** Where a phrase of at most `max` words may end: after a noun that closes its noun phrase. */
function nounEnd(words: Term[], max: number): number {
  for (let end = Math.min(words.length, max); end > 1; end--) {
    // "alarms nobody acted on": a pronoun before a verb starts a clause, it does not end a phrase.
    const subject = has(words[end - 1], 'Pronoun') && has(words[end], 'Verb');
    if (isHeadNoun(words[end - 1]) && !isNominal(words[end]) && !subject) return end;
  }
  return 0;
}

/**
 * The clause from a verb: the verb and its object, with a list of objects kept whole, stopping
 * at a new clause (a conjunction before a subject, "that"/"which" after the object, "to" before
 * a purpose verb) and never ending before the noun it was heading for.
 */
function phraseFrom(terms: Term[], start: number, source: string): string {
  const words: Term[] = [];
  for (let i = start; i < terms.length; i++) {
    const t = terms[i]!;
    const lower = t.text.toLowerCase();
    const hasObject = words.slice(1).some((w) => isHeadNoun(w));
    if (i > start) {
      if (coordinators.has(lower) && !listContinues(terms, i)) break;
      if (!coordinators.has(lower) && clauseBreakers.has(lower)) break;
      if (relatives.has(lower) && hasObject) break;
      if (
        lower === 'to' &&
        isHeadNoun(words.at(-1)) &&
        has(terms[i + 1], 'Verb') &&
        !persuading.test(words[0]?.text ?? '')
      )
        break;
    }
    words.push(t);
    if (/[;:.!?()]/.test(t.post)) break;
    if (t.post.includes(',') && !listContinues(terms, i + 1)) break;
  }
  // A short clause stays whole ("brought them up to speed"); a long one ends on a noun.
  // A preposition left at the end of a relative clause is whole: "alarms nobody acted on".
  const stranded =
    words.length > 2 &&
    has(words.at(-2), 'Verb') &&
    /^(?:on|at|to|with|for|about|from|in)$/i.test(words.at(-1)?.text ?? '');
  const whole =
    words.length <= maxPhraseWords &&
    (stranded || !endsDangling(words.map((w) => w.text).join(' ')));
  const end = whole && words.length > 1 ? words.length : nounEnd(words, maxPhraseWords);
  if (end === 0) return '';
  const written = asWritten(
    words.slice(0, end).map((w) => w.text),
    source,
  );
  return stranded && end === words.length ? written : trimDangling(written);
}

export interface ActionPhrase {
  /** "rewrote the loader"; the candidate's words from the story. */
  phrase: string;
  /** "rewrite the loader": the same phrase with its verb in base form. */
  base: string;
  /** Who the text says did it: "I", "we", or '' when the sentence has no subject ("Rewrote the loader"). */
  subject: 'I' | 'we' | '';
}

/** The subject right before an action verb: "I" or "we" within two words, else ''. */
function subjectOf(terms: Term[], i: number): ActionPhrase['subject'] {
  for (const t of [terms[i - 1], terms[i - 2]]) {
    const w = t?.text.toLowerCase();
    if (w === 'i') return 'I';
    if (w === 'we') return 'we';
  }
  return '';
}

/** What the candidate came across rather than did: "found a lock" is no decision to ask about. */
export function isFinding(a: ActionPhrase): boolean {
  return /^(?:found|noticed|saw|discovered|realized|realised|learned|learnt|spotted|heard)\b/.test(
    a.phrase,
  );
}

/**
 * How a question can name the action without putting words in the candidate's mouth: "you
 * rewrote the loader" when they said "I", or their own words in quotes when they said "we"
 * (“we wrote a postmortem”), since "you" would claim the team's work as theirs.
 */
export function spokenAction(a: ActionPhrase): { you: string } | { quote: string } {
  return a.subject === 'we'
    ? { quote: `“we ${a.phrase}”` }
    : { you: `you ${toSecondPerson(a.phrase)}` };
}

/** What the candidate says they did, one phrase per first-person past-tense verb, in story order. */
export function actionPhrases(text: string): ActionPhrase[] {
  const out: ActionPhrase[] = [];
  for (const terms of sentenceTerms(text)) {
    let acted = false;
    let subject: ActionPhrase['subject'] = '';
    for (let i = 0; i < terms.length; i++) {
      // "I joined the data, wrote checks for it, and walked the team through it": after a first
      // action, a past verb after a comma or "and" shares its "I".
      const own = isActionVerb(terms, i);
      if (!own && !(acted && continuesActions(terms, i))) continue;
      if (own) subject = subjectOf(terms, i);
      acted = true;
      const phrase = stripEnd(phraseFrom(terms, i, text));
      if (
        phrase.length > maxPhraseChars ||
        phrase.split(' ').length < 2 ||
        out.some((o) => o.phrase === phrase.toLowerCase())
      )
        continue;
      const [verb, ...rest] = phrase.split(' ');
      const lower = verb!.toLowerCase();
      out.push({
        phrase: [lower, ...rest].join(' '),
        base: [baseForm(lower), ...rest].join(' '),
        subject,
      });
    }
  }
  return out;
}

export interface Choice {
  /** What they picked ("a batch query", "rewrite the loader"); '' when the story names only the road not taken. */
  chosen: string;
  connector: 'over' | 'instead of' | 'rather than';
  /** The alternative the story mentions ("Redis caching", "patching it"). */
  alternative: string;
}

const clauseEnd = String.raw`(?=[,.;:!?]|\s+(?:and|but|so|because|since|which|as|while|to)\b|$)`;
const pickedOver = new RegExp(
  String.raw`\b(?:chose|picked|went with|opted for|selected|preferred|settled on|decided on|bet on|used)\s+(.{2,60}?)\s+(over|instead of|rather than)\s+(.{2,60}?)${clauseEnd}`,
  'i',
);
const didInstead = new RegExp(
  String.raw`\b(?:I|we)\s+(.{3,70}?)\s+(instead of|rather than)\s+(.{2,60}?)${clauseEnd}`,
  'i',
);
const weighed = new RegExp(
  String.raw`\b(?:considered|evaluated|weighed|debated)\s+(.{2,60}?)${clauseEnd}`,
  'i',
);

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Choices the story describes between two approaches, first one first. */
export function choices(text: string): Choice[] {
  const out: Choice[] = [];
  for (const s of sentences(text)) {
    let m = pickedOver.exec(s);
    // "chose to find the problem over the logs": "to" opens a purpose, not one of two options.
    if (m && /^to\s/i.test(m[1]!)) m = null;
    if (m) {
      out.push({
        chosen: stripEnd(m[1]!),
        connector: m[2]!.toLowerCase() as Choice['connector'],
        alternative: stripEnd(m[3]!),
      });
      continue;
    }
    m = didInstead.exec(s);
    if (m) {
      const [verb, ...rest] = stripEnd(m[1]!).split(' ');
      out.push({
        chosen: [baseForm(verb!), ...rest].join(' '),
        connector: m[2]!.toLowerCase() as Choice['connector'],
        alternative: stripEnd(m[3]!),
      });
      continue;
    }
    m = weighed.exec(s);
    if (m) out.push({ chosen: '', connector: 'over', alternative: stripEnd(m[1]!) });
  }
  return out;
}

const leadIns =
  /^(?:as a result|in the end|overall|in total|result|the result was|eventually|finally|ultimately)[,:]?\s+/i;

/**
 * The result's claim when a question can carry it: it has a number and its own subject.
 * "we fixed it and things were better after that" has neither, so the general question is asked.
 */
export function measuredClaim(text: string): string {
  const claim = resultClaim(text);
  if (!hasMetric(claim) || /^(?:we|our|us|it|they|things|this|that|there)\b/i.test(claim))
    return '';
  return claim;
}

/** The first claim of the result as a whole clause: "p99 latency dropped from 800 ms to 120 ms". */
export function resultClaim(text: string): string {
  const first = sentencesOf(text)[0] ?? '';
  // "and walked the analysts through it": a clause that continues an action has no subject of
  // its own, so it is not a claim to ask about.
  const opening = clausesOf(first.replace(leadIns, ''))[0] ?? '';
  const clause = opening.replace(/^(?:and|so|then|and then)\s+/i, '');
  if (clause !== opening && /^[a-z]{3,}ed\b/i.test(clause)) return '';
  let words = stripEnd(clause).split(/\s+/).filter(Boolean);
  // Too long to ask about in one breath: keep it only when a shorter cut still reads whole.
  if (words.length > 16) words = trimDangling(words.slice(0, 16).join(' ')).split(' ');
  if (words.length === 0 || words[0] === '') return '';
  // A "claim" longer than a line is pasted junk: ask the general question instead.
  if (words.join(' ').length > maxPhraseChars) return '';
  const first0 = words[0]!;
  if (first0 !== 'I' && !/^[A-Z]{2,}/.test(first0))
    words[0] = first0[0]!.toLowerCase() + first0.slice(1);
  return words.join(' ');
}
