import { inferLevel } from './level';
import { inferRoleFamily } from './role-family';
import type { Posting } from '../posting/schema';

/** The toolbar badge for a job tab: the level band ("L5", "Int"), or "?" when unknown. */
export function inferBadge(posting: Posting): string {
  const { band } = inferLevel(posting, inferRoleFamily(posting).family);
  if (band === 'unknown') return '?';
  return band === 'intern' ? 'Int' : band;
}
