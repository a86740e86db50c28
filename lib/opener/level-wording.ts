import type { LevelBand, RoleFamily } from '../families/ids';

/**
 * Turns a target level into a band and a band into the words a recruiter expects for the role
 * family ("SDE II-level roles"). Amazon's software titles map cleanly to bands; other families
 * use many titles per band, so they get a plain word with the band ("senior roles at L6").
 * Known false positives: a free-text target such as "Senior I" reads as senior (L6); a target
 * we cannot read stays 'unknown' and is quoted back verbatim.
 */

const bandOrder: readonly LevelBand[] = ['intern', 'L3', 'L4', 'L5', 'L6', 'L7', 'L8'];

/** Position of a band in seniority order; -1 for 'unknown'. */
export function bandRank(band: LevelBand): number {
  return bandOrder.indexOf(band);
}

/** Patterns tried in order on a free-text target such as "SDE II" or "Senior engineer". */
const targetPatterns: readonly (readonly [RegExp, LevelBand])[] = [
  [/\bL\s?([3-8])\b/i, 'unknown'],
  [/\bintern(ship)?\b/i, 'intern'],
  [/\bsenior\s+principal\b/i, 'L8'],
  [/\b(director|distinguished)\b/i, 'L8'],
  [/\bprincipal\b/i, 'L7'],
  [/\bsenior\s+(manager|sdm)\b/i, 'L7'],
  [/\b(III|3)\b|\bsenior\b|\bsr\.?(?=\s|$)|\blead\b/i, 'L6'],
  [/\b(II|2)\b|\bmid(-|\s)?level\b/i, 'L5'],
  [/\b(I|1)\b|\b(new|recent)\s+grad(uate)?\b|\bentry(-|\s)?level\b|\bjunior\b/i, 'L4'],
];

/** The band a profile's target level names ("L5", "SDE II", "Senior SDE"), or 'unknown'. */
export function bandFromTarget(target: string): LevelBand {
  const text = target.trim();
  if (bandOrder.includes(text as LevelBand)) return text as LevelBand;
  for (const [re, band] of targetPatterns) {
    const m = re.exec(text);
    if (!m) continue;
    return band === 'unknown' ? (`L${m[1]}` as LevelBand) : band;
  }
  return 'unknown';
}

const sdeWords: Partial<Record<LevelBand, string>> = {
  intern: 'SDE internship roles',
  L3: 'entry-level SDE roles',
  L4: 'SDE I-level roles',
  L5: 'SDE II-level roles',
  L6: 'Senior SDE-level roles',
  L7: 'Principal SDE-level roles',
  L8: 'Senior Principal-level roles',
};

const managerWords: Partial<Record<LevelBand, string>> = {
  L5: 'first-line manager roles at L5',
  L6: 'SDM roles at L6',
  L7: 'Senior SDM roles at L7',
  L8: 'director-level roles at L8',
};

const plainWords: Record<LevelBand, string> = {
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
 * Words said aloud, with no brackets or slashes: "SDE II-level roles" for software engineers at
 * L5, "senior roles at L6" for most other families.
 */
export function levelWords(band: LevelBand, family: RoleFamily | undefined): string {
  if (family === 'software-engineer') return sdeWords[band] ?? plainWords[band];
  if (family === 'engineering-manager') return managerWords[band] ?? plainWords[band];
  return plainWords[band];
}

/** A short name for a band in messages: "L5 (SDE II)" for software engineers, else "L5". */
export function bandName(band: LevelBand, family: RoleFamily | undefined): string {
  if (family !== 'software-engineer') return band;
  const titles: Partial<Record<LevelBand, string>> = {
    L4: 'SDE I',
    L5: 'SDE II',
    L6: 'Senior SDE',
    L7: 'Principal',
  };
  const title = titles[band];
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
