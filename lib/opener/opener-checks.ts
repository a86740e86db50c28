import type { LevelBand, RoleFamily } from '../families/ids';
import { genericPhrase, isCompanyName, specificName } from './generic-reason';
import { bandRank } from '../families/level-ladder';
import { bandFromTarget, bandName } from './level-wording';
import type { Profile } from '../profile/schema';
import { article, type OpenerVariant } from './opener-sentences';
import { maxSeconds, spoken } from '../text/speaking';
import type { RoleFit } from './role-fit';
import type { Severity } from '../text/severity';

/** The recruiter screen is a conversation: past the same 2-minute mark an opener becomes a monologue. */
export const maxOpenerSeconds = maxSeconds;
/** Word targets per variant: short is about 30 s, standard about a minute. */
export const variantWordTargets = { short: 75, standard: 150 } as const;

export type CheckSeverity = Severity;

export const openerCheckIds = [
  'generic-reason',
  'missing-reason',
  'too-long',
  'over-target',
  'level-mismatch',
  'incomplete-profile',
  'left-out',
  'role-mismatch',
] as const;
export type OpenerCheckId = (typeof openerCheckIds)[number];

export interface OpenerCheck {
  id: OpenerCheckId;
  severity: CheckSeverity;
  message: string;
}

/**
 * What to fix in a generic reason. When the profile already lists a product or the posting names
 * a team, the fix is to name it in the reason sentence itself: the opener speaks that sentence,
 * and the product list elsewhere in the profile does not make it specific.
 */
function genericMessage(phrase: string, names: readonly string[]): string {
  const generic = `Your reason for Amazon is generic ("${phrase}")`;
  if (names.length === 0)
    return `${generic} and names no product, service or team. Say which Amazon product or service you use at scale and why, or what this team builds that you want to work on.`;
  const listed = [...new Set(names.map((n) => `“${n.trim()}”`))];
  if (listed.length === 1)
    return `${generic}: the reason sentence itself does not name ${listed[0]!}. Name it in that sentence, with why it matters to you.`;
  const which = `${listed.slice(0, -1).join(', ')} or ${listed.at(-1)!}`;
  return `${generic}: the reason sentence itself names none of ${which}. Name one in that sentence, with why it matters to you.`;
}

/**
 * A reason is generic when it uses a stock phrase and names no product, service or team (its
 * own, the profile's products or this posting's team). Error: recruiters screen for this.
 * A profile with neither a reason nor a product gets a warning instead: nothing to judge yet.
 */
export function reasonChecks(profile: Profile, team: string): OpenerCheck[] {
  const reason = profile.reason.trim();
  const names = [...profile.amazonProducts.map((p) => p.name), team].filter(
    (n) => n && !isCompanyName(n),
  );
  // A product "Amazon" with a why of "I buy everything there" is the reason the opener speaks too.
  const spoken = [reason, ...profile.amazonProducts.map((p) => p.why)].join(' ');
  const phrase =
    genericPhrase(reason) ?? (specificName(spoken, names) ? null : genericPhrase(spoken));
  if ((reason || spoken.trim()) && phrase && !specificName(reason, names)) {
    return [{ id: 'generic-reason', severity: 'error', message: genericMessage(phrase, names) }];
  }
  if (!reason && profile.amazonProducts.length === 0) {
    return [
      {
        id: 'missing-reason',
        severity: 'warning',
        message:
          'Your profile gives no reason for Amazon: add a product or service you use at scale and why, so the opener has a specific "why Amazon".',
      },
    ];
  }
  return [];
}

/** Over the spoken limit (2 minutes) is an error (the screen is a conversation); over the variant's target, a warning. */
export function lengthChecks(
  words: number,
  seconds: number,
  variant: OpenerVariant,
): OpenerCheck[] {
  if (seconds > maxOpenerSeconds) {
    return [
      {
        id: 'too-long',
        severity: 'error',
        message: `This opener runs about ${seconds} s spoken (${words} words): keep it under ${spoken.max}. Cut your extra or your reason to one sentence each.`,
      },
    ];
  }
  const target = variantWordTargets[variant];
  if (words > target) {
    const aim = variant === 'short' ? 'about 30 s' : 'about a minute';
    return [
      {
        id: 'over-target',
        severity: 'warning',
        message: `This ${variant} opener runs ${words} words; it aims for ${aim} (${target} words). Trim the longest sentence.`,
      },
    ];
  }
  return [];
}

/** Warns when the profile's target band and the posting's inferred band differ. */
export function levelChecks(
  profile: Profile,
  postingBand: LevelBand,
  family: RoleFamily | undefined,
): OpenerCheck[] {
  const target = bandFromTarget(profile.targetLevel);
  if (target === 'unknown' || postingBand === 'unknown' || target === postingBand) return [];
  const higher = bandRank(target) > bandRank(postingBand);
  const t = bandName(target, family);
  const p = bandName(postingBand, family);
  // What the posting's level means for the candidate; the level they claim is theirs to keep.
  const message = higher
    ? `This posting reads as ${p}, below your target of ${t}: an offer from it would be at ${p}. If ${p} is not what you want, ask the recruiter whether the team also hires at ${t}.`
    : `This posting reads as ${p}, above your target of ${t}: the loop would hold you to the ${p} bar, with more scope and ownership than ${t} asks. Apply if your work already shows that; otherwise ${article(t)} ${t} posting fits better.`;
  return [{ id: 'level-mismatch', severity: 'warning', message }];
}

/** Names the profile fields the opener had to leave out. */
export function profileChecks(profile: Profile): OpenerCheck[] {
  const empty = [
    !profile.currentRole.trim() && 'current role',
    profile.yearsExperience <= 0 && 'years of experience',
    !profile.domain.trim() && 'domain',
    (!profile.targetLevel.trim() || profile.targetLevel === 'unknown') && 'target level',
  ].filter((x): x is string => typeof x === 'string');
  if (empty.length === 0) return [];
  return [
    {
      id: 'incomplete-profile',
      severity: 'warning',
      message: `Your profile has no ${empty.join(', ')}: the opener leaves ${empty.length === 1 ? 'it' : 'them'} out. Fill ${empty.length === 1 ? 'it' : 'them'} in on the profile page.`,
    },
  ];
}

/**
 * Says when the profile's current role and the posting are different kinds of work: the opener
 * then names the role without claiming the reason led to it, and the user is told how to bridge.
 */
export function roleFitChecks(currentRole: string, roleTitle: string, fit: RoleFit): OpenerCheck[] {
  if (fit.fits || !roleTitle) return [];
  const current = currentRole.trim().replace(/[.!?]+$/, '');
  return [
    {
      id: 'role-mismatch',
      severity: 'warning',
      message: `Your profile says you are ${article(current)} ${current}, and this ${roleTitle} posting is a different kind of work, so the opener does not say your reason led you to it. Use your extra line to say what in your work carries over to this role, or use a profile written for it.`,
    },
  ];
}
