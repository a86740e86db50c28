/**
 * The level ladder in one home: the order of the bands, what a band is called, and the title words
 * that name one. The analysis (lib/analysis/level*.ts) and the opener (lib/opener/level-wording.ts)
 * read them from here, so a band added or renamed changes in one place.
 */
import { levelBands, type LevelBand, type RoleFamily } from './ids';
import { genericNames } from './ladders-data';
import { familyEntry } from './registry';

/** The bands in seniority order, lowest first; 'unknown' is not on the ladder. */
export const bandOrder: readonly LevelBand[] = levelBands.filter((b) => b !== 'unknown');

/** Position of a band in seniority order; -1 for 'unknown'. */
export function bandRank(band: LevelBand): number {
  return bandOrder.indexOf(band);
}

/** True for the bands on the ladder (every band but 'unknown'). */
export function isRankedBand(band: string): band is LevelBand {
  return bandOrder.includes(band as LevelBand);
}

/** A posting's level label: the family's name for the band ("SDE II, L5"), else the generic one. */
export function levelLabel(family: RoleFamily, band: LevelBand): string {
  return familyEntry(family).levels.names[band] ?? genericNames[band];
}

/**
 * The family's own title for a band, without the band ("SDE II" for a software engineer at L5),
 * or undefined when the family names no title for it.
 */
export function levelTitle(family: RoleFamily, band: LevelBand): string | undefined {
  const name = familyEntry(family).levels.names[band];
  const title = name?.endsWith(`, ${band}`) ? name.slice(0, -`, ${band}`.length) : undefined;
  return title || undefined;
}

/** A band in a sentence for any family: "L6 (senior) roles". */
export const plainBandWords: Readonly<Record<LevelBand, string>> = {
  intern: 'internship roles',
  L3: 'entry-level roles at L3',
  L4: 'early-career roles at L4',
  L5: 'mid-level roles at L5',
  L6: 'senior roles at L6',
  L7: 'principal-level roles at L7',
  L8: 'senior principal or director roles at L8',
  unknown: 'roles at the right level',
};

/**
 * Title words that name a band, in the forms amazon.jobs prints them (and their translations on
 * localized pages). The posting's title (lib/analysis/level-title.ts) and the profile's target
 * level (lib/opener/level-wording.ts) are read with the same words.
 */
export const levelWordPatterns = {
  /** "Intern", "Co-op", "Praktikant": intern. */
  intern:
    /\b(?:interns?|internships?|co-?op|praktikant\w*|praktikum|stagiaire|becari[oa]|pasant[ií]as?|pr[aá]cticas|estagi[aá]ri[oa])\b|インターン|实习/i,
  /** "L5", "Level 6", "(L-4)": the band itself (group 1 is its digit). */
  explicit: /\b(?:L|Level)\s*-?\s*([3-8])\b/i,
  /** "Senior Principal", "Sr. Principal": L8. */
  seniorPrincipal: /\b(?:sr\.?|senior)\s+principal\b/i,
  /** "Director", "VP", "Distinguished": L8 (the ladder stops there). */
  director: /\b(?:director|vice\s+president|VP|distinguished)\b/i,
  /** "Principal": L7. */
  principal: /\bprincipal\b/i,
  /** "Staff Engineer": other companies' word for the rank Amazon calls Principal, L7. */
  staff: /\bstaff\s+(?:software\s+|systems\s+)?(?:engineer|developer)\b/i,
  /** "Senior", "Sr.", "Snr": L6 on most ladders. */
  senior: /(?:^|[^\w])(?:sr|snr)\b\.?|\bs[ée]nior\b|シニア|高级|资深/i,
  /** "New grad", "University graduate", "Entry level": L4. */
  newGrad:
    /\b(?:new|recent|university|college|fresh(?:er)?|campus)\s+(?:grad(?:uate)?s?|hires?)\b|\bentry[-\s]level\b|\bgraduate\b(?![\s-]+(?:recruit|program\s+manager))/i,
} as const;
