import type { PostingAnalysis } from '../analysis/schema';
import { familyFromRole } from './level-wording';
import {
  type OpenerCheck,
  lengthChecks,
  levelChecks,
  profileChecks,
  reasonChecks,
  roleFitChecks,
  variantWordTargets,
} from './opener-checks';
import {
  type OpenerContext,
  type OpenerPart,
  type OpenerVariant,
  buildParts,
  keepOrder,
  spokenOrder,
} from './opener-sentences';
import type { Profile } from '../profile/schema';
import { roleFit } from './role-fit';
import { countWords, speakingSeconds } from '../text/speaking';

export interface OpenerPosting {
  analysis: PostingAnalysis;
  /** The team and category the page named (ExtractResult.posting), when known. */
  team?: string;
  category?: string;
}

export interface Opener {
  text: string;
  words: number;
  seconds: number;
  variant: OpenerVariant;
  checks: OpenerCheck[];
}

const partNames: Partial<Record<OpenerPart, string>> = {
  product: 'your Amazon product',
  reason: 'your reason',
  extra: 'your extra line',
  role: "the posting's role",
};

function joinParts(parts: Record<OpenerPart, string>, keep: ReadonlySet<OpenerPart>): string {
  return spokenOrder
    .filter((p) => keep.has(p) && parts[p])
    .map((p) => parts[p])
    .join(' ');
}

/**
 * The short variant keeps parts in priority order while they fit its word target; who and
 * level always stay. Returns the kept set and the user-visible parts it had to drop.
 */
function fitShort(parts: Record<OpenerPart, string>): { keep: Set<OpenerPart>; dropped: string[] } {
  const keep = new Set<OpenerPart>();
  const dropped: string[] = [];
  for (const part of keepOrder) {
    if (!parts[part]) continue;
    keep.add(part);
    const mandatory = part === 'who' || part === 'level';
    if (!mandatory && countWords(joinParts(parts, keep)) > variantWordTargets.short) {
      keep.delete(part);
      const name = partNames[part];
      if (name) dropped.push(name);
    }
  }
  return { keep, dropped };
}

/** Words after a title's last comma that are not a team ("Intern", "Contract", "(Seattle)"). */
const notTeam =
  /^(?:intern(?:ship)?|contract|temporary|seasonal|part[- ]time|full[- ]time|remote|\(.*\))$/i;

/**
 * A posting title as said aloud: the role, and the team it names after its last comma, so the
 * opener says "the Data Engineer I role on the Amazon Last Mile team" rather than "this Data
 * Engineer I, Amazon Last Mile role". A team the page names itself wins over the title's tail; a
 * title without a comma, or whose tail is not a team (a location in brackets, "Intern"), is kept
 * whole.
 */
export function roleAndTeam(title: string, pageTeam = ''): { roleTitle: string; team: string } {
  const whole = title.replace(/\s+/g, ' ').trim();
  const named = pageTeam.trim();
  const at = whole.lastIndexOf(',');
  if (at < 0) return { roleTitle: whole, team: named };
  // The page's own team wins over the title's tail; the role is said without the tail either way.
  if (named) {
    const roleTitle = whole.slice(0, whole.indexOf(',')).trim() || whole;
    const tail = whole.slice(at + 1).trim();
    // "Edge" on the page and "Edge Delivery" in the title: the fuller name of the same team.
    const same = tail.toLowerCase().includes(named.toLowerCase());
    return { roleTitle, team: same && tail.length <= 60 ? tail : named };
  }
  const roleTitle = whole.slice(0, whole.indexOf(',')).trim();
  const tail = whole
    .slice(at + 1)
    .replace(/\s*\([^)]*\)\s*$/, '')
    .trim();
  const words = tail.split(/\s+/).filter(Boolean);
  if (!roleTitle || words.length === 0 || words.length > 6 || notTeam.test(tail))
    return { roleTitle: whole, team: '' };
  return { roleTitle, team: tail };
}

/**
 * The recruiter-screen opener for a profile, tied to a posting when one is given: who the
 * candidate is, the level they target (worded for the posting's role family), a specific
 * reason (a product they use, their own reason, this role and team) and their extra line.
 * Deterministic; `checks` explain anything the candidate should fix before the call.
 */
export function recruiterOpener(
  profile: Profile,
  posting: OpenerPosting | null = null,
  variant: OpenerVariant = 'standard',
): Opener {
  const analysis = posting?.analysis;
  const family = analysis?.role.family ?? familyFromRole(profile.currentRole);
  const { roleTitle, team } = roleAndTeam(
    (analysis?.title.trim() || analysis?.role.label.trim()) ?? '',
    posting?.team ?? '',
  );
  const fit = roleFit(profile.currentRole, analysis?.role.family);
  const ctx: OpenerContext = {
    profile,
    variant,
    family,
    postingBand: analysis?.level.band ?? 'unknown',
    roleTitle,
    team,
    roleFits: fit.fits,
  };
  const parts = buildParts(ctx);
  const fitted =
    variant === 'short' ? fitShort(parts) : { keep: new Set(spokenOrder), dropped: [] };
  const text = joinParts(parts, fitted.keep);
  const words = countWords(text);
  const seconds = speakingSeconds(words);
  const checks: OpenerCheck[] = [
    ...reasonChecks(profile, team),
    ...lengthChecks(words, seconds, variant),
    ...levelChecks(profile, ctx.postingBand, family),
    ...profileChecks(profile),
    ...roleFitChecks(profile.currentRole, roleTitle, fit),
  ];
  if (fitted.dropped.length > 0) {
    checks.push({
      id: 'left-out',
      severity: 'info',
      message: `To stay near 30 s, the short opener leaves out ${fitted.dropped.join(' and ')}; the standard opener keeps ${fitted.dropped.length === 1 ? 'it' : 'them'}.`,
    });
  }
  return { text, words, seconds, variant, checks };
}
