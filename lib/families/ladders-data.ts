import type { LevelBand } from './ids';

/** Level names for bands a family's entry (registry.ts) does not name. */
export const genericNames: Readonly<Record<LevelBand, string>> = {
  intern: 'Intern',
  L3: 'L3',
  L4: 'Entry (L4)',
  L5: 'L5',
  L6: 'Senior (L6)',
  L7: 'Principal / Senior Manager (L7)',
  L8: 'Director / Senior Principal (L8)',
  unknown: 'Unknown level',
};

type YearsLadder = readonly (readonly [number, LevelBand])[];

/**
 * Years of experience to band: the band of the highest threshold met. Measured on the 760 dev postings
 * (`npm run eval`): SDE I asks 0-1 years, SDE II 2-3+, SDE III/Senior 5+, Principal 10+; first-line
 * SDMs ask 7-8 years of engineering and Senior SDMs 10+; sales and account roles ask 2-4 years at
 * L4, 5 at L5 and 7-10 at L6; senior analysts (BI, finance) often ask 10 years without being L7.
 * Finance analysts (tax, FinOps, financial) ask 0-2 years at L4 and 4+ (often a range such as "4-8"
 * after a CA/CPA) at Senior, L6.
 * Quality assurance engineers climb slower than developers: QAE I asks 1-2 years, QAE II 4-5, Senior 6+.
 * Hourly titles (associate, coordinator, administrator) top out at L4 however many years they ask:
 * "3+ years of customer service" on a Senior Administrator is still the hourly ladder.
 */
export const yearsLadders = {
  standard: [
    [0, 'L4'],
    [3, 'L5'],
    [5, 'L6'],
    [10, 'L7'],
  ],
  software: [
    [0, 'L4'],
    [2, 'L5'],
    [5, 'L6'],
    [10, 'L7'],
  ],
  manager: [
    [0, 'L6'],
    [10, 'L7'],
  ],
  business: [
    [0, 'L4'],
    [3, 'L5'],
    [5, 'L6'],
    [12, 'L7'],
  ],
  sales: [
    [0, 'L4'],
    [5, 'L5'],
    [7, 'L6'],
    [12, 'L7'],
  ],
  finance: [
    [0, 'L4'],
    [3, 'L5'],
    [4, 'L6'],
    [12, 'L7'],
  ],
  hourly: [[0, 'L4']],
  quality: [
    [0, 'L4'],
    [3, 'L5'],
    [6, 'L6'],
    [10, 'L7'],
  ],
} as const satisfies Record<string, YearsLadder>;
export type YearsLadderId = keyof typeof yearsLadders;

/** Roman numerals (and SDE1-style digits) to band by ladder: most families, SDMs, support engineers. */
export const numeralBands = {
  standard: ['L4', 'L5', 'L6', 'L7'],
  manager: ['L5', 'L6', 'L7', 'L8'],
  support: ['L3', 'L4', 'L4', 'L5'],
  hourly: ['L3', 'L3', 'L4', 'L4'],
} as const satisfies Record<string, readonly LevelBand[]>;
