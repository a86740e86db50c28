/**
 * Years of experience asked for in a posting's qualifications.
 *
 * What: finds "3+ years", "5+ yrs", "five or more years", "at least 3 years", "2-4 years",
 * "minimum of 7 years", "6+ months" (digits or English number words, plus the common
 * Spanish/French/German/Portuguese/Italian units and Japanese "3年以上") and marks which of them
 * are only an alternative to a degree ("Bachelor's degree, or 4+ years of experience").
 * Why: when the title does not print the level, the years in the basic qualifications are the
 * strongest hint of it (1+ for SDE I, 3+ for SDE II, 5+ for SDE III, 10+ for Principal).
 * Known false positives: a number of years that is not experience but is phrased like it
 * ("3 years of Japanese study"); ages, "4-year degree", "in the last 2 years" are skipped.
 */
import { clipAtWord } from '../text/clip';
import { numberWords } from './years-data';

export type YearsMention = {
  /** Lower bound of the range, in years ("2-4 years" gives 2; "6 months" gives 0.5). */
  years: number;
  /** The qualification line (or clause) it came from, trimmed for quoting. */
  quote: string;
  /** True when the years only stand in for a degree ("degree ... or N+ years"). */
  alternative: boolean;
};

const num = `(\\d{1,2}(?:[.,]5)?|${Object.keys(numberWords).join('|')})`;
const unit = `(years?|yrs?|años|anos|ans|anni|jahren?|months?)`;
/** "3+ years", "3 + yrs", "3-5 years", "3 to 5 years", "five (5) years", "3 or more years". */
const yearsRe = new RegExp(
  `(?<![\\w.-])${num}\\s*(?:\\(\\s*\\d{1,2}\\s*\\)\\s*)?(?:\\+|plus)?\\s*(?:(?:-|–|to)\\s*\\d{1,2}\\s*\\+?\\s*)?(?:or\\s+more\\s+|or\\s+above\\s+|and\\s+above\\s+)?${unit}(?![\\w-])`,
  'gi',
);
/** Japanese and Chinese postings: "3年以上". */
const cjkYearsRe = /(\d{1,2})\s*年以上/g;
/** Phrases where a number of years is not experience asked of the candidate. */
const notExperienceAfter =
  /^\s*(?:old|of\s+age|or\s+older|ago|degree|program|college|university|course|diploma|bachelor|warranty)\b/i;
const notExperienceBefore =
  /(?:\b(?:last|past|within|every|next|first|the|for\s+the|over\s+the|in)\s+|\d\s*-\s*|\bage\s+(?:of\s+)?)$/i;
const degreeWord =
  /\b(?:degree|bachelor'?s?|bachelor’s|master'?s?|diploma|graduat\w*|BS|BA|BE|B\.?Tech|qualification)\b/i;
/** What follows the last "or": "and", "with" or a degree there make the years a requirement again. */
const joinsDegree = /\b(?:and|with|plus|degree|diploma)\b|\+/i;
const inLieu = /\b(?:in\s+lieu\s+of|instead\s+of|equivalent\s+to\s+a)\b/i;
const clauseSplit = /\s*[;•]\s*|\s\*\s|(?<=\.)\s+(?=[A-Z])|\n/;

/** "Bachelor's degree, or 4+ years of ...": the years only stand in for the degree. */
function isDegreeAlternative(before: string): boolean {
  const or = before.search(/\bor\b(?!.*\bor\b)/i);
  if (or < 0) return false;
  return degreeWord.test(before.slice(0, or)) && !joinsDegree.test(before.slice(or + 2));
}

function toYears(value: string, unitWord: string): number {
  const lower = value.toLowerCase();
  const n = numberWords[lower] ?? Number(lower.replace(',', '.'));
  return /^months?$/i.test(unitWord) ? Math.round((n / 12) * 10) / 10 : n;
}

function quoteOf(clause: string): string {
  const t = clause.replace(/^\s*(?:[-•*]|\d+\.)\s*/, '').trim();
  return clipAtWord(t, 160);
}

/** Every years-of-experience mention in one line of text, in order. */
export function findYears(line: string): YearsMention[] {
  const out: YearsMention[] = [];
  for (const clause of line.split(clauseSplit)) {
    for (const m of clause.matchAll(yearsRe)) {
      const before = clause.slice(0, m.index);
      const after = clause.slice(m.index + m[0].length);
      if (notExperienceAfter.test(after) || notExperienceBefore.test(before)) continue;
      const years = toYears(m[1] ?? '', m[2] ?? '');
      if (!Number.isFinite(years) || years > 30) continue;
      out.push({
        years,
        quote: quoteOf(clause),
        alternative: isDegreeAlternative(before) || inLieu.test(clause),
      });
    }
    for (const m of clause.matchAll(cjkYearsRe)) {
      out.push({ years: Number(m[1]), quote: quoteOf(clause), alternative: false });
    }
  }
  return out;
}

/**
 * The main years-of-experience requirement among qualification lines: the largest figure that is
 * not only an alternative to a degree (the largest is the one that sets the bar: an SDE III posting
 * asks "5+ years" next to "2+ years of design"), else the largest alternative, else null.
 */
export function requiredYears(lines: readonly string[]): YearsMention | null {
  let best: YearsMention | null = null;
  let bestAlt: YearsMention | null = null;
  for (const line of lines) {
    for (const m of findYears(line)) {
      if (m.alternative) {
        if (!bestAlt || m.years > bestAlt.years) bestAlt = m;
      } else if (!best || m.years > best.years) best = m;
    }
  }
  return best ?? bestAlt;
}
