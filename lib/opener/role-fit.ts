import type { RoleFamily } from '../families/ids';
import { familyEntry, titleRules, weakTitleRules } from '../families/registry';

/**
 * Whether the candidate's current role and the posting's role family belong together, so the
 * opener can say "That is why this role caught my attention" after the candidate's own reason.
 * The current role is read with the posting title rules; families that hire from one another
 * (an engineer into an SDM or solutions architect role, a data engineer into BI) share a group.
 * Known false negatives: a current role no rule reads ("Founder", "Consultant") is never a
 * mismatch; career changers are told, not stopped.
 */

/** Families whose people move between one another's roles. */
const groups: readonly (readonly RoleFamily[])[] = [
  [
    'software-engineer',
    'engineering-manager',
    'solutions-architect',
    'support-engineer',
    'data-engineer',
    'technical-program-manager',
    'applied-scientist',
  ],
  ['data-scientist', 'applied-scientist', 'business-intelligence', 'data-engineer'],
  ['product-manager', 'program-manager', 'technical-program-manager', 'ux-design'],
  ['operations', 'program-manager'],
  ['sales-account', 'solutions-architect'],
  ['hr-recruiting'],
  ['finance', 'business-intelligence'],
];

/** The family a job title such as the profile's current role reads as, or null. */
export function familyOfTitle(title: string): RoleFamily | null {
  const text = title.trim();
  if (!text) return null;
  for (const rules of [titleRules, weakTitleRules]) {
    const hit = rules.find((r) => r.pattern.test(text));
    if (hit && hit.family !== 'other') return hit.family;
  }
  return null;
}

export interface RoleFit {
  fits: boolean;
  /** The family the current role reads as; null when no rule reads it. */
  current: RoleFamily | null;
  /** The posting's family label, for messages ("Operations"). */
  postingLabel: string;
}

/** Does the current role lead to a role of the posting's family? Unknown on either side fits. */
export function roleFit(currentRole: string, posting: RoleFamily | undefined): RoleFit {
  const current = familyOfTitle(currentRole);
  const postingLabel = posting ? familyEntry(posting).label : '';
  if (!current || !posting || posting === 'other' || current === posting)
    return { fits: true, current, postingLabel };
  const fits = groups.some((g) => g.includes(current) && g.includes(posting));
  return { fits, current, postingLabel };
}
