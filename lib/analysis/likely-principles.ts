import { familyEntry } from '../families/registry';
import { detectPrinciples } from '../principles/detect';
import type { PrincipleId } from '../principles/ids';
import { principleById } from '../principles/lookup';
import { managesPeople } from './manages-people';
import type { LikelyPrinciple, Level, Role } from './schema';
import type { LevelBand } from '../families/ids';
import type { Posting } from '../posting/schema';

/**
 * Ranks the LPs a posting is most likely to probe: the words of its title, description and
 * qualifications are matched against each LP's signals (principles/detect.ts), and each LP
 * quotes the posting phrases that led to it. Amazon's hiring boilerplate (the inclusive-culture
 * line, the accommodation notice) is dropped first because every posting carries it.
 * Role and level add a few low-scored defaults with no evidence, flagged `isDefault`, so a
 * thin posting still gets a starting list. Known false positives: generic words ("data",
 * "quality", "impact") lift Dive Deep, Highest Standards and Deliver Results in most
 * technical postings. Whether the role leads people is analysis/manages-people.ts's one decision.
 */

const maxEvidenced = 8;
const maxEvidencePerLp = 4;
const defaultScore = 0.1;

/** Sentences every amazon.jobs posting carries; they say nothing about the role. */
const boilerplate =
  /inclusive culture empowers|workplace accommodation|recruiting partner|equal (?:employment )?opportunity|applicant privacy|isn.t listed/i;

const peopleLeaderDefaults: readonly PrincipleId[] = [
  'hire-and-develop-the-best',
  'strive-to-be-earths-best-employer',
];
const seniorBands: readonly LevelBand[] = ['L6', 'L7', 'L8'];
const earlyBands: readonly LevelBand[] = ['intern', 'L3', 'L4'];
const everyRole: readonly PrincipleId[] = ['customer-obsession', 'ownership'];

function postingText(posting: Posting): string {
  const lines = [
    posting.title,
    ...posting.description.split(/\n+|(?<=[.!?])\s+/),
    ...posting.basicQualifications,
    ...posting.preferredQualifications,
  ];
  return lines.filter((line) => !boilerplate.test(line)).join('\n');
}

function defaultIds(posting: Posting, role: Role, level: Level): PrincipleId[] {
  const ids = [...familyEntry(role.family).lpDefaults];
  if (managesPeople(posting, role.family).manages) ids.push(...peopleLeaderDefaults);
  if (seniorBands.includes(level.band)) ids.push('think-big');
  if (earlyBands.includes(level.band)) ids.push('learn-and-be-curious');
  ids.push(...everyRole);
  return [...new Set(ids)];
}

/** Likely LPs for a posting: evidenced ones by score, then evidence-free role/level defaults. */
export function inferPrinciples(posting: Posting, role: Role, level: Level): LikelyPrinciple[] {
  const wanted = defaultIds(posting, role, level);
  const detected = detectPrinciples(postingText(posting), { maxEvidence: maxEvidencePerLp });
  // A default LP the posting also evidences keeps its evidence even when it ranks below the cut.
  const kept = detected.filter((hit, rank) => rank < maxEvidenced || wanted.includes(hit.id));
  const evidenced: LikelyPrinciple[] = kept.map((hit) => ({
    id: hit.id,
    name: hit.name,
    score: Math.max(hit.score, defaultScore + 0.05),
    evidence: hit.evidence,
    isDefault: false,
  }));
  const present = new Set(evidenced.map((lp) => lp.id));
  const defaults: LikelyPrinciple[] = wanted
    .filter((id) => !present.has(id))
    .map((id) => ({
      id,
      name: principleById(id).name,
      score: defaultScore,
      evidence: [],
      isDefault: true,
    }));
  return [...evidenced, ...defaults];
}
