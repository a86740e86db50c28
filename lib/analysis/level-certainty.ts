import type { Level } from './schema';

/** At or above this confidence a band is called "likely"; the eval checks such bands are right that often. */
export const likelyFrom = 0.6;
/** At or above this the posting states the level itself. */
const statedFrom = 0.9;

/**
 * How sure the level is, in words: "L5, stated", "L5, likely; L4 possible", "L5, a guess; L4
 * possible". Empty for an unknown band and for analyses saved before confidence existed, which make
 * no claim.
 */
export function levelCertainty(level: Level): string {
  if (level.band === 'unknown' || level.confidence === undefined) return '';
  const word =
    level.confidence >= statedFrom
      ? 'stated'
      : level.confidence >= likelyFrom
        ? 'likely'
        : 'a guess';
  const runnerUp = level.alternative ? `; ${level.alternative} possible` : '';
  return `${level.band}, ${word}${runnerUp}`;
}
