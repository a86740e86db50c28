/**
 * The posting's field names, length caps and empty value, without zod: the content script
 * (15 kB budget) builds postings from these, and schema.ts validates against the same numbers.
 */
import type { Posting } from './schema';

/** Caps keep a hostile or broken page from flooding the extension with text. */
export const fieldCaps = {
  short: 300,
  list: 40,
  body: 20_000,
  lines: 200,
  url: 2_000,
  locale: 10,
} as const;

/** The fields a posting page can lack; `missing` lists them by these names. */
export const postingFields = [
  'title',
  'jobId',
  'locations',
  'category',
  'team',
  'description',
  'basicQualifications',
  'preferredQualifications',
] as const;

/**
 * The fields whose absence changes the analysis, the only ones `missing` names: a page without a
 * category, team or location block (the 2026 layout has none) is not a partial read, and telling
 * the user so would only alarm them about something they cannot fix.
 */
export const analysisFields = [
  'title',
  'description',
  'basicQualifications',
  'preferredQualifications',
] as const satisfies readonly (typeof postingFields)[number][];

/** The analysis fields left empty in `posting`, in `analysisFields` order. */
export function missingFields(posting: Posting): (typeof analysisFields)[number][] {
  return analysisFields.filter((field) => posting[field].length === 0);
}

/** True when a page gave a posting at all: a title or a description (a search page gives neither). */
export function holdsPosting(posting: Posting): boolean {
  return posting.title !== '' || posting.description !== '';
}

/** A posting with nothing read yet. */
export function emptyPosting(url = '', locale = ''): Posting {
  return {
    title: '',
    jobId: '',
    url,
    locale,
    locations: [],
    category: '',
    team: '',
    company: '',
    description: '',
    basicQualifications: [],
    preferredQualifications: [],
  };
}
