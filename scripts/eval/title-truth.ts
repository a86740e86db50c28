/**
 * The eval's truth, read from job titles by a plain labeller that is independent of lib/posting:
 * lower-cased phrase lists, no regex tricks, written the way a person would sort titles.
 *
 * Family: the first family (in the order below) with a phrase in the role part of the title (before
 * the first comma, " - " or "("), else in the whole title, else "other". Phrases match whole words.
 * The order settles overlaps: managers of engineers before engineers, "Technical Program Manager"
 * before "Program Manager", "Support Engineer" before "Software ... Engineer", marketing/legal/hardware
 * ("other") before the catch-all operations words.
 *
 * Level: only what the title prints.
 * - "intern"/"internship" -> intern; "L5"/"(Level 5)" -> L5 (wins over any numeral).
 * - "Senior Principal" or "Director" -> L8; "Principal" -> L7.
 * - A numeral after the role (I, II, III, IV or SDE1/SDE-2) -> L4, L5, L6, L7; for software development
 *   managers II -> L6 and III -> L7; for (non-cloud) support and application engineers I -> L3,
 *   II and III -> L4 (the postings print "Support Engineer III L4"); for associates and coordinators
 *   I and II -> L3, III -> L4.
 * - "Senior"/"Sr." -> L6; "Senior Manager" and senior software development managers -> L7; senior
 *   support/application engineers -> L5; senior associates, administrators, specialists -> L4.
 * Anything else states no level and stays out of the level metrics.
 */
import type { LevelBand, RoleFamily } from '../../lib/families/ids';

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

const numerals: Readonly<Record<string, number>> = {
  I: 1,
  II: 2,
  III: 3,
  IV: 4,
  '1': 1,
  '2': 2,
  '3': 3,
};

function numeralOf(title: string): number | null {
  const roman = / (IV|III|II|I)(?= |$)/.exec(` ${title.replace(/[,()\-–|]/g, ' ')} `);
  if (roman?.[1]) return numerals[roman[1]] ?? null;
  const digit = /\b(?:sde|sdet|qae|bie|engineer)\s?-?([1-3])\b/i.exec(title);
  return digit?.[1] ? (numerals[digit[1]] ?? null) : null;
}

/** The band the title prints, or null when it states none. */
export function truthBand(title: string): LevelBand | null {
  const t = title.toLowerCase();
  const family = truthFamily(title);
  const support = /support eng|application eng/.test(t) && !t.includes('cloud');
  const hourly = /\b(associate|coordinator|administrator|assistant)\b/.test(rolePartLower(t));
  if (/\b(intern|interns|internship|internships)\b/.test(t)) return 'intern';
  const explicit = /\b(?:l|level)\s?-?([3-8])\b/.exec(t);
  if (explicit) return `L${explicit[1]}` as LevelBand;
  if (/\b(senior|sr\.?) principal\b/.test(t) || /\bdirector\b/.test(t)) return 'L8';
  if (/\bprincipal\b/.test(t)) return 'L7';
  const n = numeralOf(title);
  if (n !== null) {
    if (family === 'engineering-manager') return (['L5', 'L6', 'L7', 'L8'] as const)[n - 1] ?? null;
    if (support) return (['L3', 'L4', 'L4', 'L5'] as const)[n - 1] ?? null;
    if (hourly) return (['L3', 'L3', 'L4', 'L4'] as const)[n - 1] ?? null;
    return (['L4', 'L5', 'L6', 'L7'] as const)[n - 1] ?? null;
  }
  if (/\b(senior|sr)\b/.test(t)) {
    if (family === 'engineering-manager' || /\b(senior|sr\.?) (manager|mgr)\b/.test(t)) return 'L7';
    if (support) return 'L5';
    if (hourly || /\bspecialist\b/.test(rolePartLower(t))) return 'L4';
    return 'L6';
  }
  return null;
}

function rolePartLower(t: string): string {
  return t.split(/,| - | – |\(/)[0] ?? '';
}

/** The title with its level words taken out, for the "level from years and scope alone" metric. */
export function stripLevelWords(title: string): string {
  return title
    .replace(/\b(?:intern|interns|internship|internships|co-?op)\b/gi, ' ')
    .replace(/\(?\b(?:L|Level)\s?-?[3-8]\b\)?/gi, ' ')
    .replace(/\b(?:senior|sr|snr)\b\.?/gi, ' ')
    .replace(/\b(?:principal|director)\b/gi, ' ')
    .replace(/(^|[\s,(\-–])(?:IV|III|II|I)(?=$|[\s,)\-–|:;])/g, '$1')
    .replace(/\b(sde|sdet|qae|bie|engineer)\s?-?[1-3]\b/gi, '$1')
    .replace(/\s*-\s*(?=,|$)/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
