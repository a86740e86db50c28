import type { LevelBand, RoleFamily } from '../families/ids';

type Named = Readonly<Partial<Record<LevelBand, string>>>;

/** Level names readers use per family; bands not listed fall back to `genericNames`. */
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

export const familyNames: Readonly<Partial<Record<RoleFamily, Named>>> = {
  'software-engineer': {
    L4: 'SDE I, L4',
    L5: 'SDE II, L5',
    L6: 'SDE III / Senior SDE, L6',
    L7: 'Principal SDE, L7',
    L8: 'Senior Principal SDE, L8',
  },
  'engineering-manager': {
    L5: 'SDM (L5)',
    L6: 'SDM, L6',
    L7: 'Senior SDM, L7',
    L8: 'Director, L8',
  },
  'technical-program-manager': {
    L5: 'TPM, L5',
    L6: 'Senior TPM, L6',
    L7: 'Principal TPM, L7',
  },
  'product-manager': {
    L5: 'Product Manager, L5',
    L6: 'Senior Product Manager, L6',
    L7: 'Principal Product Manager, L7',
  },
  'applied-scientist': {
    L4: 'Applied Scientist I, L4',
    L5: 'Applied Scientist II, L5',
    L6: 'Senior Applied Scientist, L6',
    L7: 'Principal Scientist, L7',
  },
  'data-scientist': { L5: 'Data Scientist II, L5', L6: 'Senior Data Scientist, L6' },
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

export const familyYearsLadder: Readonly<Record<RoleFamily, keyof typeof yearsLadders>> = {
  'software-engineer': 'software',
  'engineering-manager': 'manager',
  'technical-program-manager': 'standard',
  'product-manager': 'standard',
  'program-manager': 'standard',
  'data-scientist': 'standard',
  'applied-scientist': 'standard',
  'data-engineer': 'standard',
  'business-intelligence': 'business',
  'solutions-architect': 'standard',
  'support-engineer': 'standard',
  'ux-design': 'standard',
  operations: 'business',
  'sales-account': 'sales',
  'hr-recruiting': 'business',
  finance: 'finance',
  other: 'standard',
};

/** Roman numerals (and SDE1-style digits) to band by ladder: most families, SDMs, support engineers. */
export const numeralBands = {
  standard: ['L4', 'L5', 'L6', 'L7'],
  manager: ['L5', 'L6', 'L7', 'L8'],
  support: ['L3', 'L4', 'L4', 'L5'],
  hourly: ['L3', 'L3', 'L4', 'L4'],
} as const satisfies Record<string, readonly LevelBand[]>;
