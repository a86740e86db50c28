import type { LevelBand } from '../families/ids';

/** The toolbar badge for a job tab's level band: "L5", "Int", or "?" when unknown. */
export function badgeForBand(band: LevelBand): string {
  if (band === 'unknown') return '?';
  return band === 'intern' ? 'Int' : band;
}
