/**
 * The eval's family labels, read from job titles by a plain labeller that is independent of lib/posting:
 * lower-cased phrase lists, no regex tricks, written the way a person would sort titles.
 *
 * Family: the first family (in the order below) with a phrase in the role part of the title (before
 * the first comma, " - " or "("), else in the whole title, else "other". Phrases match whole words.
 * The order settles overlaps: managers of engineers before engineers, "Technical Program Manager"
 * before "Program Manager", "Support Engineer" before "Software ... Engineer", marketing/legal/hardware
 * ("other") before the catch-all operations words.
 *
 * It only checks role-family agreement: a second labeller, written separately but from the same
 * kind of title words, so the figure is agreement, not proof. Level truth is in level-truth.ts.
 */
import type { RoleFamily } from '../../lib/families/ids';

const familyPhrases: readonly [RoleFamily, readonly string[]][] = [
  ['other', ['product marketing', 'learning experience designer']],
  [
    'engineering-manager',
    [
      'software development manager',
      'software dev manager',
      'sw development manager',
      'system development manager',
      'systems development manager',
      'manager, software development',
      'manager software development',
      'manager iii software dev',
      'manager, systems development',
      'sdm',
      'sdm-iii',
      'engineering manager',
    ],
  ],
  [
    'technical-program-manager',
    [
      'technical program manager',
      'tech program manager',
      'technical infrastructure program manager',
      'tpm',
    ],
  ],
  ['product-manager', ['product manager', 'pm-t']],
  ['data-scientist', ['data scientist']],
  ['applied-scientist', ['applied scientist', 'research scientist', 'scientist']],
  [
    'business-intelligence',
    [
      'business intelligence',
      'business intel',
      'bie',
      'bi engineer',
      'business analyst',
      'business research analyst',
      'data analyst',
      'analytics manager',
      'manager, analytics',
    ],
  ],
  [
    'data-engineer',
    ['data engineer', 'big data engineer', 'database engineer', 'data analytics engineer', 'de'],
  ],
  [
    'solutions-architect',
    [
      'solutions architect',
      'solutions engineer',
      'technical account manager',
      'delivery consultant',
      'professional services',
      'developer advocate',
    ],
  ],
  [
    'support-engineer',
    [
      'support engineer',
      'support eng',
      'cloud support',
      'application engineer',
      'technical support',
      'support associate',
    ],
  ],
  [
    'software-engineer',
    [
      'software development engineer',
      'software dev engineer',
      'software development eng',
      'software engineer',
      'software developer',
      'software developer engineer',
      'sofware development engineer',
      'sofware dev engineer',
      'sofware developement engineer',
      'software developement engineer',
      'sw development engineer',
      'sde',
      'sdet',
      'sde1',
      'sde2',
      'sde-1',
      'sde-ii',
      'sysde',
      'sys dev',
      'system development engineer',
      'systems development engineer',
      'system dev engineer',
      'system devlopment engineer',
      'front-end engineer',
      'front end engineer',
      'frontend engineer',
      'front end development engineer',
      'quality assurance engineer',
      'qae',
      'software qa engineer',
      'software quality assurance engineer',
      'devops engineer',
      'dev ops engineer',
      'programmer',
      'application developer',
      'fee',
      'app dev engineer',
      'network development engineer',
      'rpa engineer',
      'build and release engineer',
      'kernel engineer',
    ],
  ],
  [
    'other',
    [
      'marketing',
      'pr manager',
      'pr specialist',
      'counsel',
      'executive assistant',
      'writer',
      'brand',
      'asic',
      'design-for-testability',
      'ate test engineer',
      'controls engineer',
      'wifi test engineer',
      'air quality engineer',
      'environment manager',
      'real estate',
    ],
  ],
  ['ux-design', ['ux designer', 'ux', 'product designer', 'graphic designer', 'designer']],
  [
    'program-manager',
    ['program manager', 'project manager', 'program associate', 'program specialist', 'pm'],
  ],
  [
    'hr-recruiting',
    [
      'recruiter',
      'recruitment',
      'sourcer',
      'hr',
      'hrbp',
      'human resources',
      'employee relations',
      'loa case mgr',
      'recr',
    ],
  ],
  [
    'finance',
    [
      'prudential',
      'financial analyst',
      'finance',
      'finops',
      'tax',
      'payroll',
      'accountant',
      'accounts payable',
      'ap',
      'ar',
      'audit',
      'cost manager',
      'controllership',
    ],
  ],
  [
    'sales-account',
    [
      'account manager',
      'account management',
      'account mgmt',
      'account specialist',
      'sales',
      'business development',
      'ads perf manager',
      'ads performance manager',
      'ads success manager',
      'ads perf',
      'ads manager',
      'ad sales',
      'partner manager',
      'client solutions manager',
      'marketplace consultant',
      'vendor consultant',
      'ads consultant',
      'category manager',
      'campaign',
      'gtm',
      'deal lead',
      'growth manager',
      'acquisition mgr',
      'relations manager',
    ],
  ],
  [
    'operations',
    [
      'operations',
      'operation',
      'ops',
      'area manager',
      'site lead',
      'team lead',
      'team manager',
      'process assistant',
      'process lead',
      'transportation',
      'tranportation',
      'whs',
      'rme',
      'workforce',
      'wfm',
      'real time analyst',
      'quality',
      'catalog',
      'investigation',
      'investigations',
      'trust & safety',
      'escalation',
      'customer service',
      'data center',
      'data centre',
      'datatech',
      'technician',
      'ml data',
      'data associate',
      'cluster manager',
      'city manager',
      'instock manager',
      'planning',
      'production',
      'flow',
      'associate',
      'specialist',
      'coordinator',
      'administrator',
      'tour leader',
      'risk',
    ],
  ],
];

function words(s: string): string {
  return ` ${s
    .toLowerCase()
    .replace(/[^a-z0-9&+]+/g, ' ')
    .trim()} `;
}

function has(text: string, phrase: string): boolean {
  return words(text).includes(words(phrase));
}

function familyIn(text: string): RoleFamily | null {
  for (const [family, phrases] of familyPhrases)
    if (phrases.some((p) => has(text, p))) return family;
  return null;
}

/** The truth family for a title. */
export function truthFamily(title: string): RoleFamily {
  const role = title.split(/,| - | – |\(/)[0] ?? '';
  return familyIn(role) ?? familyIn(title) ?? 'other';
}
