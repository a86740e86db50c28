/** The 16 Leadership Principles in Amazon's order; ids are stable (stored in story banks and exports). */
export const principleIds = [
  'customer-obsession',
  'ownership',
  'invent-and-simplify',
  'are-right-a-lot',
  'learn-and-be-curious',
  'hire-and-develop-the-best',
  'insist-on-the-highest-standards',
  'think-big',
  'bias-for-action',
  'frugality',
  'earn-trust',
  'dive-deep',
  'have-backbone-disagree-and-commit',
  'deliver-results',
  'strive-to-be-earths-best-employer',
  'success-and-scale-bring-broad-responsibility',
] as const;
export type PrincipleId = (typeof principleIds)[number];
