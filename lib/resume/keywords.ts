import { notSkills, skillAliases, skillPhrases, toolWords } from './keywords-data';

/**
 * Keyword coverage: the skills and terms of a posting's basic and preferred qualifications, and
 * which of them the resume mentions. Terms come from our skill-phrase list plus technical-looking
 * words (AWS, C++, Node.js, Kubernetes) in the qualification lines; matching is case-insensitive on
 * word boundaries, with a few aliases (k8s = Kubernetes, ML = machine learning).
 * Known false positives: a capitalised ordinary word mid-sentence ("Fluent") can read as a skill;
 * known misses: skills written only in lower case outside our list.
 */

export interface KeywordTerm {
  term: string;
  /** Whether the qualification is basic (required) or preferred. */
  basic: boolean;
  matched: boolean;
}
export interface KeywordCoverage {
  /** Basic terms first, then preferred; missed before matched within each. */
  terms: KeywordTerm[];
  basic: { matched: number; total: number };
  preferred: { matched: number; total: number };
}

const ignored: ReadonlySet<string> = new Set(notSkills);
/** Acronyms (SQL, ETL, MBA), symbol names (C++, C#, .NET, Node.js, CI/CD) and CamelCase (PowerPoint). */
const technical =
  /(?<![\w.+#/-])(?:[A-Za-z][\w]*(?:\+\+|#)|\.NET|[A-Za-z]+\.js|[A-Z]{2,}\/[A-Z]{2,}|[A-Z][a-z]+[A-Z][\w]*|[A-Z]{2,6}s?|Go|R|C)(?![\w+#])/g;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function wordRe(term: string): RegExp {
  return new RegExp(`(?<![\\w+#])${escape(term)}(?![\\w+#])`, 'i');
}

/** Skills and terms named in one qualification line, as written (deduplicated, lower-case key). */
export function extractTerms(line: string): string[] {
  const terms = new Map<string, string>();
  for (const phrase of [...skillPhrases, ...toolWords]) {
    if (wordRe(phrase).test(line)) terms.set(phrase, phrase);
  }
  for (const m of line.matchAll(technical)) {
    const word = m[0];
    const key = word.toLowerCase();
    if (ignored.has(key) || terms.has(key)) continue;
    if ([...terms.keys()].some((t) => t.split(' ').includes(key))) continue;
    terms.set(key, word);
  }
  return [...terms.values()];
}

function mentions(resume: string, term: string): boolean {
  const key = term.toLowerCase();
  return [key, ...(skillAliases[key] ?? [])].some((t) => wordRe(t).test(resume));
}

/** Coverage of the posting's qualifications by the resume text. */
export function keywordCoverage(
  resume: string,
  qualifications: { basic: readonly string[]; preferred: readonly string[] },
): KeywordCoverage {
  const seen = new Set<string>();
  const collect = (lines: readonly string[], basic: boolean): KeywordTerm[] =>
    lines
      .flatMap(extractTerms)
      .filter((term) => {
        const key = term.toLowerCase();
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .map((term) => ({ term, basic, matched: mentions(resume, term) }))
      .sort((a, b) => Number(a.matched) - Number(b.matched));
  const basic = collect(qualifications.basic, true);
  const preferred = collect(qualifications.preferred, false);
  const count = (ts: KeywordTerm[]) => ({
    matched: ts.filter((t) => t.matched).length,
    total: ts.length,
  });
  return { terms: [...basic, ...preferred], basic: count(basic), preferred: count(preferred) };
}
