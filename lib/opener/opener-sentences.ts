import type { LevelBand, RoleFamily } from '../families/ids';
import type { AmazonProduct, Profile } from '../profile/schema';
import { bandFromTarget, levelWords } from './level-wording';
import { trimEndMatching } from '../text/trim-end';

/**
 * Our own template sentences for the recruiter-screen opener, one builder per part. Each part
 * has a short and a standard wording; the composer picks parts in order and, for the short
 * variant, drops the lowest-priority parts first. User text is quoted verbatim, only tidied
 * (capital first letter, closing full stop), never rewritten.
 */

export const openerVariants = ['short', 'standard'] as const;
export type OpenerVariant = (typeof openerVariants)[number];

export const openerParts = [
  'greeting',
  'who',
  'level',
  'role',
  'product',
  'reason',
  'extra',
  'close',
] as const;
export type OpenerPart = (typeof openerParts)[number];

export interface OpenerContext {
  profile: Profile;
  variant: OpenerVariant;
  family: RoleFamily | undefined;
  postingBand: LevelBand;
  /** The posting's title (or role label) and team, when there is a posting. */
  roleTitle: string;
  team: string;
  /** False when the current role and the posting are different kinds of work (see role-fit). */
  roleFits?: boolean;
}

/** "a"/"an" for the first word, reading acronyms by their letters ("an SDE", "a BIE"). */
export function article(phrase: string): string {
  const first = phrase.trim().split(/\s+/)[0] ?? '';
  if (/^[A-Z0-9]{2,}$/.test(first)) return /^[AEFHILMNORSX8]/.test(first) ? 'an' : 'a';
  return /^[aeiou]/i.test(first) && !/^(uni|use|usu|eu|one)/i.test(first) ? 'an' : 'a';
}

/** Capital first letter and a closing full stop, unless the user already ended the sentence. */
export function asSentence(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (!t) return '';
  const capped = t[0]!.toUpperCase() + t.slice(1);
  return /[.!?]["')]?$/.test(capped) ? capped : `${capped}.`;
}

function stripEnd(text: string): string {
  return trimEndMatching(text.trim(), /[.!?;,]/);
}

function yearsText(years: number): string {
  const n = Number.isInteger(years) ? String(years) : years.toFixed(1).replace(/\.0$/, '');
  return years === 1 ? '1 year' : `${n} years`;
}

function who({ profile, variant }: OpenerContext): string {
  const role = stripEnd(profile.currentRole).replace(/^(a|an)\s+/i, '');
  const domain = stripEnd(profile.domain);
  const years = profile.yearsExperience > 0 ? yearsText(profile.yearsExperience) : '';
  const of = variant === 'standard' ? ' of experience' : '';
  if (role && years && domain)
    return `I'm ${article(role)} ${role} with ${years}${of} in ${domain}.`;
  if (role && domain) return `I'm ${article(role)} ${role} working in ${domain}.`;
  if (role && years) return `I'm ${article(role)} ${role} with ${years} of experience.`;
  if (role) return `I'm ${article(role)} ${role}.`;
  if (domain && years) return `I've spent ${years} working in ${domain}.`;
  if (domain) return `I work in ${domain}.`;
  return '';
}

function level(ctx: OpenerContext): string {
  const target = ctx.profile.targetLevel.trim();
  const band = bandFromTarget(target);
  // The role sentence names the posting; here "like this one" is enough.
  const posting = ctx.roleTitle !== '';
  if (band !== 'unknown') {
    const words = levelWords(band, ctx.family);
    if (!posting || band !== ctx.postingBand) return `I'm targeting ${words}.`;
    return ctx.variant === 'short'
      ? `I'm targeting ${words} like this one.`
      : `I'm targeting ${words}, which is where this role sits.`;
  }
  if (target && target !== 'unknown') {
    return `I'm targeting ${stripEnd(target).replace(/\s+roles?$/i, '')} roles.`;
  }
  if (ctx.postingBand !== 'unknown' && posting) {
    return `I'm targeting ${levelWords(ctx.postingBand, ctx.family)} like this one.`;
  }
  return '';
}

function role({ roleTitle, team, variant, roleFits = true }: OpenerContext): string {
  if (!roleTitle) return '';
  const t = stripEnd(team).replace(/\s+team$/i, '');
  // "the X role on the Y team" (a known team) reads better than "this X role on the Y team".
  const on = t ? ` on the ${t} team` : '';
  const the = t ? 'the' : 'this';
  // A backend engineer's reason does not lead to an Operations Manager role: no "That is why".
  if (!roleFits) return `I'm applying for ${the} ${roleTitle} role${on}.`;
  return variant === 'short'
    ? `That is what drew me to ${the} ${roleTitle} role${on}.`
    : `That is why ${the} ${roleTitle} role${on} caught my attention.`;
}

/** Joins a product's "why" so it reads as one sentence, whatever word it starts with. */
function productSentence(p: AmazonProduct, index: number): string {
  const name = p.name.trim();
  const why = stripEnd(p.why);
  const lead = index === 0 ? `I use ${name} myself` : `I also rely on ${name}`;
  if (!why) return `${lead}.`;
  if (/^(because|since|as|to|for|when|while|every|daily|at|in|on|with)\b/i.test(why)) {
    return `${lead} ${why}.`;
  }
  return `${lead}: ${why}.`;
}

function products({ profile, variant }: OpenerContext): string {
  const count = variant === 'short' ? 1 : 2;
  return profile.amazonProducts.slice(0, count).map(productSentence).join(' ');
}

const builders: Record<OpenerPart, (ctx: OpenerContext) => string> = {
  greeting: (ctx) => (ctx.variant === 'standard' ? 'Thanks for making the time today.' : ''),
  who,
  level,
  product: products,
  reason: (ctx) => asSentence(ctx.profile.reason),
  role,
  extra: (ctx) => asSentence(ctx.profile.extra),
  close: (ctx) =>
    ctx.variant === 'standard'
      ? "I'd like to hear how the team measures success and what the next steps look like."
      : '',
};

/** Spoken order of the parts. */
export const spokenOrder: readonly OpenerPart[] = [
  'greeting',
  'who',
  'level',
  'product',
  'reason',
  'role',
  'extra',
  'close',
];
/** Which parts the short variant gives up first when it runs long (last dropped first). */
export const keepOrder: readonly OpenerPart[] = [
  'who',
  'level',
  'role',
  'product',
  'reason',
  'extra',
  'greeting',
  'close',
];

/** Every part's text for this context ('' when the profile has nothing for it). */
export function buildParts(ctx: OpenerContext): Record<OpenerPart, string> {
  const out = {} as Record<OpenerPart, string>;
  for (const part of openerParts) out[part] = builders[part](ctx);
  return out;
}
