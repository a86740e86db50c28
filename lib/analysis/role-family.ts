/**
 * Role family of a posting, from its title first.
 *
 * What: reads the role part of the title ("Software Development Engineer II" out of
 * "Software Development Engineer II, Alexa Shopping") against ordered keyword rules, then the job
 * category, then weaker title words, then the whole title, then the first paragraphs of the
 * description. The first rule that matches decides, and its words are the evidence.
 * Why: the title is what a reader labels a job by; the team after the comma often names another
 * discipline ("Support Engineer, Software Development"), so it is read only when the role part says
 * nothing. Known false positives: team words still decide when the role part is bare ("Team Manager,
 * Recruiting Services" reads as operations); ambiguous titles follow the choices documented in
 * the family registry (families/registry.ts).
 */
import type { FamilyRule } from '../families/registry';
import { categoryRules, familyEntry, titleRules, weakTitleRules } from '../families/registry';
import type { Posting } from '../posting/schema';
import type { Role } from './schema';
import type { RoleFamily } from '../families/ids';

const segmentSplit = /\s*(?:,|\||\s[-–—]\s|\(|\[|\s\/\s)\s*/;
/** A role part with nothing but a generic head noun and level words says too little on its own. */
const bareHead =
  /^(?:(?:sr\.?|senior|principal|lead|junior|jr\.?)\s+)?(?:manager|mgr|associate|specialist|lead|director|analyst|consultant|partner|executive)(?:\s*[-–]?\s*(?:I{1,3}|IV|[1-3]))?\.?$/i;
const descriptionWindow = 1_500;

/** The title up to its first separator (comma, " - ", "|", "("). */
export function firstSegment(title: string): string {
  return (
    title
      .split(segmentSplit)
      .find((s) => s.trim() !== '')
      ?.trim() ?? ''
  );
}

/** The title up to its first separator (comma, " - ", "|", "("); two segments when the first is bare. */
export function rolePart(title: string): string {
  const parts = title.split(segmentSplit).filter((s) => s.trim() !== '');
  const first = parts[0]?.trim() ?? '';
  return bareHead.test(first) && parts[1] ? `${first}, ${parts[1].trim()}` : first;
}

type Hit = { family: RoleFamily; words: string; index: number };

function firstHit(text: string, rules: readonly FamilyRule[]): Hit | null {
  for (const { family, pattern } of rules) {
    const m = pattern.exec(text);
    if (m) return { family, words: m[0].trim(), index: m.index };
  }
  return null;
}

/** The match that starts earliest in the text, so "As a Data Engineer ... with scientists" reads as data engineer. */
function earliestHit(text: string, rules: readonly FamilyRule[]): Hit | null {
  let best: Hit | null = null;
  for (const { family, pattern } of rules) {
    const m = pattern.exec(text);
    if (m && (!best || m.index < best.index)) best = { family, words: m[0].trim(), index: m.index };
  }
  return best;
}

function role(family: RoleFamily, evidence: string[]): Role {
  return { family, label: familyEntry(family).label, evidence };
}

/** Role family with a human label and the words (title, category or description) that decided it. */
export function inferRoleFamily(posting: Posting): Role {
  const title = posting.title.trim();
  const head = rolePart(title);
  const steps: [string, string, readonly FamilyRule[]][] = [
    ['title', head, titleRules],
    ['category', posting.category, categoryRules],
    ['title', head, weakTitleRules],
    ['title', title, titleRules],
    ['title', title, weakTitleRules],
  ];
  for (const [source, text, rules] of steps) {
    if (!text.trim()) continue;
    const hit = firstHit(text, rules);
    if (hit) return role(hit.family, [`${source}: "${hit.words}"`]);
  }
  const described = earliestHit(posting.description.slice(0, descriptionWindow), titleRules);
  if (described) return role(described.family, [`description: "${described.words}"`]);
  // What LoopReady does not know, and what still holds for every Amazon role.
  const what = title
    ? `the kind of role "${title}" is`
    : 'the kind of role (the posting has no title)';
  return role('other', [
    `LoopReady does not know ${what}, so the level and the rounds below are general. The Leadership Principles, the Bar Raiser and STAR stories apply to every Amazon role.`,
  ]);
}
