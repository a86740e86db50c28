import type { LevelBand, RoleFamily } from '../families/ids';
import {
  isRankedBand,
  levelTitle,
  levelWordPatterns,
  plainBandWords,
} from '../families/level-ladder';

/**
 * Turns a target level into a band and a band into the words a recruiter expects for the role
 * family ("SDE II-level roles"). Amazon's software titles map cleanly to bands; other families
 * use many titles per band, so they get a plain word with the band ("senior roles at L6").
 * Known false positives: a free-text target such as "Senior I" reads as senior (L6); a target
 * we cannot read stays 'unknown' and is quoted back verbatim.
 */

const words = levelWordPatterns;

/**
 * Patterns tried in order on a free-text target such as "SDE II" or "Senior engineer": the title
 * words of the ladder, plus what a person types but a posting title does not ("SDE ii", "lead",
 * "mid-level", "junior").
 */
const targetPatterns: readonly (readonly [RegExp, LevelBand])[] = [
  [words.explicit, 'unknown'],
  [words.intern, 'intern'],
  [words.seniorPrincipal, 'L8'],
  [words.director, 'L8'],
  [words.principal, 'L7'],
  [/\bsenior\s+(manager|sdm)\b/i, 'L7'],
  [/\b(III|3)\b|\blead\b/i, 'L6'],
  [words.senior, 'L6'],
  [/\b(II|2)\b|\bmid(-|\s)?level\b/i, 'L5'],
  [/\b(I|1)\b|\bjunior\b/i, 'L4'],
  [words.newGrad, 'L4'],
];

/** The band a profile's target level names ("L5", "SDE II", "Senior SDE"), or 'unknown'. */
export function bandFromTarget(target: string): LevelBand {
  const text = target.trim();
  if (isRankedBand(text)) return text;
  for (const [re, band] of targetPatterns) {
    const m = re.exec(text);
    if (!m) continue;
    return band === 'unknown' ? (`L${m[1]}` as LevelBand) : band;
  }
  return 'unknown';
}

/** Software-engineer bands the registry gives no title (an intern, L3). */
const sdeUntitled: Partial<Record<LevelBand, string>> = {
  intern: 'SDE internship roles',
  L3: 'entry-level SDE roles',
};

/** Manager bands as a sentence says them (the registry's labels are not phrased for one). */
const managerWords: Partial<Record<LevelBand, string>> = {
  L5: 'first-line manager roles at L5',
  L6: 'SDM roles at L6',
  L7: 'Senior SDM roles at L7',
  L8: 'director-level roles at L8',
};

/**
 * Words said aloud, with no brackets or slashes: "SDE II-level roles" for software engineers at
 * L5, "senior roles at L6" for most other families.
 */
export function levelWords(band: LevelBand, family: RoleFamily | undefined): string {
  if (family === 'software-engineer') {
    // "SDE III / Senior SDE" is two titles; one is said aloud: the one people use.
    const title = levelTitle(family, band)?.split(' / ').at(-1);
    return title ? `${title}-level roles` : (sdeUntitled[band] ?? plainBandWords[band]);
  }
  if (family === 'engineering-manager') return managerWords[band] ?? plainBandWords[band];
  return plainBandWords[band];
}

/** A short name for a band in messages: "L5 (SDE II)" for software engineers, else "L5". */
export function bandName(band: LevelBand, family: RoleFamily | undefined): string {
  if (family !== 'software-engineer') return band;
  const title = levelTitle(family, band);
  return title ? `${band} (${title})` : band;
}

/** Guesses the role family from a job title in the profile, for wording when there is no posting. */
export function familyFromRole(role: string): RoleFamily | undefined {
  const text = role.toLowerCase();
  if (/\b(sdm|engineering manager|software development manager)\b/.test(text)) {
    return 'engineering-manager';
  }
  if (/\b(sde|software|developer|programmer|backend|frontend|full[- ]?stack)\b/.test(text)) {
    return 'software-engineer';
  }
  return undefined;
}
