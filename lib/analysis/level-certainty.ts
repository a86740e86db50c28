import type { Level } from './schema';

/** At or above this confidence a band is called "likely"; the eval checks such bands are right that often. */
export const likelyFrom = 0.6;
/** At or above this the posting states the level itself. */
const statedFrom = 0.9;

/**
 * How sure the level is, as a sentence read after the badge (which already names the band):
 * "The posting states it.", "Likely; L4 is also possible.", "A guess; L4 is also possible.".
 * Empty for an unknown band and for analyses saved before confidence existed, which make no claim.
 */
export function levelCertainty(level: Level): string {
  if (level.band === 'unknown' || level.confidence === undefined) return '';
  const word =
    level.confidence >= statedFrom
      ? 'The posting states it'
      : level.confidence >= likelyFrom
        ? 'Likely'
        : 'A guess';
  const runnerUp = level.alternative ? `; ${level.alternative} is also possible` : '';
  return `${word}${runnerUp}.`;
}
