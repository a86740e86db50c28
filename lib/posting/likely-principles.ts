import type { LikelyPrinciple, Level, Posting, Role } from './schema';

// PLACEHOLDER: replaced by the real inference.
export function inferPrinciples(_posting: Posting, _role: Role, _level: Level): LikelyPrinciple[] {
  return [];
}
