import { nlpEngine } from '../nlp/engine';
import { wordTags } from '../nlp/resume';
import {
  genericNouns,
  notSkills,
  nounIngs,
  phraseVerbs,
  skillAliases,
  skillPhrases,
  stopPhrases,
  toolWords,
  trailingGeneric,
  vagueModifiers,
} from './keywords-data';

/**
 * Keyword coverage: the skill and domain terms of a posting's basic and preferred qualifications,
 * and where the resume names each one. Terms are the posting's own noun phrases: each
 * qualification line is cut at punctuation, conjunctions and prepositions ("compensation,
 * benefits or HR consulting" -> compensation / benefits / HR consulting), stop words
 * ("experience", "ability", "degree", "years", "strong") are trimmed, and compromise drops the
 * verbs at a phrase's edges ("managing inventory" -> inventory). Our skill list keeps known
 * phrases whole ("machine learning"), and technical names (C++, Node.js, CI/CD) are kept as written.
 * Matching ignores case and word endings ("consulting" finds "consulted"), and joins aliases
 * (k8s = Kubernetes, HR = human resources).
 * Known false positives: a generic noun the stop list lacks ("stakeholders") reads as a term;
 * known misses: a term the resume states only by a synonym we do not list.
 */

export interface KeywordTerm {
  /** As the posting writes it ("HR consulting"). */
  term: string;
  /** Whether the qualification is basic (required) or preferred. */
  basic: boolean;
  matched: boolean;
  /** The resume lines that name it, shortened (at most two). */
  where: string[];
}
export interface KeywordCoverage {
  /** Basic terms first, then preferred; missed before matched within each. */
  terms: KeywordTerm[];
  basic: { matched: number; total: number };
  preferred: { matched: number; total: number };
}

const ignored: ReadonlySet<string> = new Set(notSkills);
const generic: ReadonlySet<string> = new Set(genericNouns);
const vague: ReadonlySet<string> = new Set(vagueModifiers);
const trailing: ReadonlySet<string> = new Set(trailingGeneric);
const fieldIngs: ReadonlySet<string> = new Set(nounIngs);
const openingVerbs: ReadonlySet<string> = new Set(phraseVerbs);
const known: ReadonlySet<string> = new Set(
  [...skillPhrases, ...toolWords].map((t) => t.toLowerCase()),
);
/** "Agile/Scrum", "GST/VAT", "Perl/Tcl": names joined by slashes stay one term. */
const slashNames = /(?<![\w/])(?:[A-Z][\w+#.-]*)(?:\/[A-Z][\w+#.-]*)+(?![\w/])/g;
const stops: ReadonlySet<string> = new Set(stopPhrases);
/** Acronyms (SQL, ETL, MBA), symbol names (C++, C#, .NET, Node.js, CI/CD) and CamelCase (PowerPoint). */
const technical =
  /(?<![\w.+#/-])(?:[A-Za-z][\w]*(?:\+\+|#)|\.NET|[A-Za-z]+\.js|[A-Z]{2,}\/[A-Z]{2,}|[A-Z][a-z]+[A-Z][\w]*|[A-Z]{2,6}s?|Go|R|C)(?![\w+#])/g;
/** Where a qualification line breaks into phrases. */
const breaks =
  /(\s*(?:[,;:()[\]•]|\.(?:\s|$)|\s(?:and|or|&|in|of|with|for|to|on|at|by|from|as|such as|including|like|across|within|using|via|e\.g\.|i\.e\.|etc\.?)\s|\s[-–—/]\s)\s*)/i;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function wordRe(term: string): RegExp {
  return new RegExp(`(?<![\\w+#])${escape(term)}(?![\\w+#])`, 'i');
}

/** "consulting" -> "consult", "benefits" -> "benefit", "reconciliations" -> "reconcil". */
function stem(word: string): string {
  if (word.length <= 4 || /[^a-z-]/.test(word)) return word;
  const cut = word.replace(/(?:iations?|ations?|ings?|ments?|ies|es|ed|s)$/, '');
  return cut.length >= 4 ? cut : word;
}

/** A pattern that finds the term in any of its word forms ("HR consulting" ~ "HR consultant"). */
function termRe(term: string): RegExp {
  const words = term.toLowerCase().split(/\s+/);
  const parts = words.map((w) => {
    const s = stem(w);
    return s === w ? escape(w) : `${escape(s)}\\w*`;
  });
  return new RegExp(`(?<![\\w+#])${parts.join('[\\s-]+')}(?![+#])`, 'i');
}

function isStop(word: string): boolean {
  const w = word.toLowerCase().replace(/[^\p{L}\p{N}'+#./-]/gu, '');
  return !w || stops.has(w) || ignored.has(w) || /^[\d+.,%$-]+$/.test(w);
}

/**
 * Trims stop words, and a verb that opens the piece ("managing inventory" -> inventory), from one
 * piece of a qualification line; '' when nothing is left.
 */
function cleanPhrase(piece: string, atLineStart: boolean, afterTo: boolean): string {
  let words = piece.split(/\s+/).filter(Boolean);
  const tags = wordTags(words.join(' '));
  let start = 0;
  let end = words.length;
  const opensWithVerb = (i: number) => {
    const t = tags[i] ?? [];
    return (
      end - i > 1 &&
      t.includes('Verb') &&
      (t.includes('Gerund') || (afterTo && i === 0 && t.includes('Infinitive'))) &&
      !/^[A-Z]{2}/.test(words[i] ?? '')
    );
  };
  while (start < end && (isStop(words[start] ?? '') || opensWithVerb(start))) start++;
  while (end > start && isStop(words[end - 1] ?? '')) end--;
  const kept = tags.slice(start, end);
  const lineStart = atLineStart && start === 0;
  words = words.slice(start, end);
  if (words.length === 0 || words.length > 3) return '';
  // Needs a noun or a name: "written", "fast-paced" alone are not terms.
  const nounish =
    kept.length === 0 ||
    kept.some(
      (t) =>
        t.includes('Noun') ||
        t.includes('Acronym') ||
        // compromise reads a lone "benefits" or "pricing" as a verb; a describing word is not a term
        (!t.includes('Adjective') &&
          !t.includes('Adverb') &&
          !t.includes('PastTense') &&
          !(t.includes('Infinitive') && kept.length === 1)),
    ) ||
    words.some((w) => /[A-Z]{2,}|[+#]/.test(w)) ||
    (!lineStart && /^[A-Z]/.test(words[0] ?? ''));
  if (!nounish) return '';
  return words.join(' ').replace(/['’]s$/, '');
}

/**
 * Trims what a recruiter would not type from the edges of a term: an opening verb ("implementing",
 * "influence"), and vague words at either end; '' when what is left is not a term a recruiter
 * would search for (a generic noun alone, a link, a lone symbol or letter, a contraction).
 */
export function searchableTerm(term: string): string {
  if (known.has(term.toLowerCase())) return term;
  if (/:\/\/|^\/\/|^https?\b|www\.|@/i.test(term)) return '';
  let words = term.split(/\s+/).filter(Boolean);
  const lower = (w: string) => w.toLowerCase();
  const isOpeningVerb = (w: string) =>
    openingVerbs.has(lower(w)) || (/^[a-z]+ing$/.test(w) && !fieldIngs.has(w));
  while (words.length > 0 && (isOpeningVerb(words[0]!) || vague.has(lower(words[0]!))))
    words = words.slice(1);
  while (
    words.length > 0 &&
    (vague.has(lower(words.at(-1)!)) || (words.length > 2 && trailing.has(lower(words.at(-1)!))))
  )
    words = words.slice(0, -1);
  if (words.length === 0) return '';
  const text = words.join(' ');
  if (!/\p{L}/u.test(text) || /['’]t\b|[\uFFFD“”]|_x00/.test(text)) return '';
  if (words.length === 1 && text.length === 1 && !/^[RC]$/.test(text)) return '';
  if (words.every((w) => generic.has(lower(w)) || vague.has(lower(w)))) return '';
  return text;
}

const termCache = new Map<string, string[]>();

/**
 * Skills and terms named in one qualification line, as written (deduplicated by lower case).
 * Memoised per line and per NLP engine state (the tagger changes the phrases once it loads), so
 * re-checking coverage on every keystroke re-reads no qualification.
 */
export function extractTerms(line: string): string[] {
  const key = `${nlpEngine() ? 1 : 0}${line}`;
  const hit = termCache.get(key);
  if (hit) return hit;
  if (termCache.size > 2_000) termCache.clear();
  const terms = readTerms(line);
  termCache.set(key, terms);
  return terms;
}

function readTerms(line: string): string[] {
  const terms = new Map<string, string>();
  const add = (term: string) => {
    const key = term.toLowerCase();
    if (!terms.has(key)) terms.set(key, term);
  };
  // A link is never a term, nor are its pieces ("https", "amazon.jobs").
  let rest = line.replace(/\S*(?:https?:\/\/|www\.)\S*/gi, ' , ');
  // Slashed names first and whole ("Agile/Scrum"), so neither half nor the slash is read alone.
  for (const m of rest.matchAll(slashNames)) {
    const parts = m[0].split('/');
    // "CI/CD" is read as a technical name below; "Engineering/Electrical" is two fields, not a term.
    if (parts.every((part) => /^[A-Z]{2,}$/.test(part)) && m[0].length <= 8) continue;
    if (parts.some((part) => ignored.has(part.toLowerCase()))) continue;
    add(m[0]);
    rest = rest.replace(m[0], ' , ');
  }
  // Known phrases first and whole ("machine learning", "supply chain"), then the line without them.
  for (const phrase of [...skillPhrases, ...toolWords]) {
    const re = wordRe(phrase);
    const m = re.exec(rest);
    if (m) {
      add(m[0]);
      rest = rest.replace(new RegExp(re.source, 'gi'), ' , ');
    }
  }
  // split() with a capture group: pieces at even indices, the break before each at odd ones.
  const parts = rest.split(breaks);
  for (let i = 0; i < parts.length; i += 2) {
    const afterTo = /\sto\s/i.test(parts[i - 1] ?? '');
    const phrase = searchableTerm(cleanPhrase(parts[i] ?? '', i === 0, afterTo));
    if (phrase) add(phrase);
  }
  for (const m of rest.matchAll(technical)) {
    const word = m[0];
    const key = word.toLowerCase();
    if (ignored.has(key) || stops.has(key) || !searchableTerm(word)) continue;
    if ([...terms.keys()].some((t) => t.split(/\s+/).includes(key))) continue;
    add(word);
  }
  return [...terms.values()];
}

/** The term's spellings: itself and its aliases (either way round). */
function spellings(term: string): string[] {
  const key = term.toLowerCase();
  const reverse = Object.entries(skillAliases)
    .filter(([, aliases]) => aliases.includes(key))
    .map(([name]) => name);
  return [key, ...(skillAliases[key] ?? []), ...reverse];
}

/** The resume lines (shortened) that name the term, at most two. */
function whereIn(lines: readonly string[], term: string): string[] {
  const res = spellings(term).map((s) =>
    s.length <= 3 || /[^a-z\s-]/i.test(s) ? wordRe(s) : termRe(s),
  );
  return lines
    .filter((l) => res.some((re) => re.test(l)))
    .slice(0, 2)
    .map(shorten);
}

function shorten(line: string): string {
  const text = line.replace(/^\s*(?:[•\-*–—▪◦●·‣]|\d{1,2}[.)])\s*/u, '').trim();
  if (text.length <= 80) return text;
  const cut = text.slice(0, 80);
  return `${cut.slice(0, cut.lastIndexOf(' '))} …`;
}

/** Coverage of the posting's qualifications by the resume text. */
export function keywordCoverage(
  resume: string,
  qualifications: { basic: readonly string[]; preferred: readonly string[] },
): KeywordCoverage {
  const lines = resume.split(/\n+/).filter((l) => l.trim());
  const seen = new Set<string>();
  const collect = (quals: readonly string[], basic: boolean): KeywordTerm[] =>
    quals
      .flatMap(extractTerms)
      .filter((term) => {
        // One term per meaning: "HR" and "human resources" are the same.
        const keys = spellings(term);
        if (keys.some((k) => seen.has(k))) return false;
        for (const k of keys) seen.add(k);
        return true;
      })
      .map((term) => {
        const where = whereIn(lines, term);
        return { term, basic, matched: where.length > 0, where };
      })
      .sort((a, b) => Number(a.matched) - Number(b.matched));
  const basic = collect(qualifications.basic, true);
  const preferred = collect(qualifications.preferred, false);
  const count = (ts: KeywordTerm[]) => ({
    matched: ts.filter((t) => t.matched).length,
    total: ts.length,
  });
  return { terms: [...basic, ...preferred], basic: count(basic), preferred: count(preferred) };
}
