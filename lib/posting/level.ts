import type { Level, Posting, RoleFamily } from './schema';

// PLACEHOLDER: replaced by the real inference.
export function inferLevel(_posting: Posting, _family: RoleFamily): Level {
  return {
    band: 'unknown',
    label: 'Unknown level',
    rationale: ['Not implemented yet'],
    years: null,
  };
}
