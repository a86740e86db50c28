import { familyEntry } from '../families/registry';
import { clauseAround, detectPrinciples } from '../principles/detect';
import type { PrincipleId } from '../principles/ids';
import { principleIds } from '../principles/ids';
import { principleById } from '../principles/lookup';
import { evidenceKinds, postingBlocks, type Block, type BlockKind } from './blocks';
import { distinctQuotes } from '../text/near-duplicate';
import { managesPeople } from './manages-people';
import { clearAsks, namedForms } from './principle-asks-data';
import type { LikelyPrinciple, Level, Role } from './schema';
import type { LevelBand } from '../families/ids';
import type { Posting } from '../posting/schema';

/**
 * Ranks the LPs a posting is most likely to probe, from the role's own words only.
 *
 * What: the role text is the description's paragraphs and the qualifications, minus hiring
 * boilerplate detected a paragraph at a time (boilerplate.ts); the title is left out, because a
 * title or team word ("Customer Service", "Bonus Delivery") says where the job is, not what it asks.
 * An LP named outright ("Customer Obsession, Invent and Simplify") ranks first, quoting that
 * sentence; then LPs the text clearly asks for as the hire's behaviour (principle-asks-data.ts),
 * more distinct asks first; then LPs only hinted at by the catalogue's broader signals. The 3 to 5
 * with the strongest evidence are marked `top` (shown first; the rest go behind "More"). Role and
 * level add a few low-scored defaults with no evidence, flagged `isDefault`, so a thin posting still
 * gets a starting list. Asks under a negation ("no prior experience required") do not count.
 * Why: the rubric in ../shared/data/lp-gold-dev.md; measured by `npm run eval`.
 * Known false positives: a role paragraph that names a behaviour only as the team's context ("our
 * team innovates") reads as an ask of the hire; who manages people is decided in manages-people.ts.
 */

const maxEvidenced = 8;
const maxEvidencePerLp = 4;
const defaultScore = 0.1;
/** An asked LP the role's family usually leans on ranks a little ahead of an equal ask. */
const familyBonus = 0.1;
const minTop = 3;
const maxTop = 5;

const peopleLeaderDefaults: readonly PrincipleId[] = [
  'hire-and-develop-the-best',
  'strive-to-be-earths-best-employer',
];
const seniorBands: readonly LevelBand[] = ['L6', 'L7', 'L8'];
const earlyBands: readonly LevelBand[] = ['intern', 'L3', 'L4'];
const everyRole: readonly PrincipleId[] = ['customer-obsession', 'ownership'];

// "without" is left out: "influence without authority" and "without gold plating" are asks.
const negated = /\b(?:no|not|never|none)\b[^,;:.]{0,40}$/i;

/** "No prior experience with audits is required": a sentence saying what is not asked. */
const notRequired = /\b(?:no|not)\b[^;.]{0,60}\b(?:required|needed|necessary|expected)\b/i;

/** The role's own blocks (blocks.ts), minus lines that say what is not required. */
function roleBlocks(posting: Posting): Block[] {
  return postingBlocks(posting).filter(
    (b) => evidenceKinds.has(b.kind) && !notRequired.test(b.text),
  );
}

/** The role's own text: the lines of role, responsibility and qualification blocks (blocks.ts). */
export function roleText(posting: Posting): string {
  return roleBlocks(posting)
    .map((b) => b.text)
    .join('\n');
}

/**
 * How much an ask counts by where it sits (hand weights, tuned on lp-gold-dev and the tune split):
 * what the hire will do counts most, a preferred qualification least.
 */
const blockWeight: Readonly<Partial<Record<BlockKind, number>>> = {
  role: 1,
  responsibilities: 1,
  basic: 0.8,
  preferred: 0.6,
};

/**
 * A sentence the team says about itself ("We invent new channels...") asks less of the hire than
 * one addressed to the hire or written as a duty ("Invent ...", "You will invent ...").
 */
const teamVoice =
  /^(?:at\s+[^,]{1,40},\s+)?(?:we|our|the\s+[\w-]+(?:\s+[\w-]+)?\s+team|this\s+team)\b/i;
/** The company describing itself ("Amazon Lab126 is an inventive company"): context, not an ask. */
const companyVoice = /^(?:at\s+)?(?:amazon|aws)\b/i;
/** An ask inside a description of the workplace ("an environment that encourages creativity"). */
const setting =
  /\b(?:environment|culture|place)\s+(?:that|which|where|encouraging|fostering|that\s+values)\b/i;
const hireVoice = /\byou\b|\byour\b|\bthe\s+(?:candidate|hire|incumbent)\b/i;

function voiceWeight(text: string, at: number): number {
  const start = Math.max(text.lastIndexOf('. ', at) + 2, text.lastIndexOf(': ', at) + 2, 0);
  const sentence = text.slice(start, at + 80);
  const head = sentence.trim();
  if (hireVoice.test(sentence)) return setting.test(sentence) ? 0.5 : 1;
  if (companyVoice.test(head)) return 0.25;
  return teamVoice.test(head) || setting.test(sentence) ? 0.5 : 1;
}

/** A quote a reader can weigh: a label line ("Customer Focus:") says nothing on its own. */
const readable = (quote: string) => quote.replace(/…/g, '').trim().split(/\s+/).length >= 3;

type Ask = { named: string[]; clear: string[]; strength: number };

/** Named and clearly asked evidence of one LP over the role's blocks, with the weighted strength. */
function clearAsk(blocks: readonly Block[], id: PrincipleId): Ask {
  const named: string[] = [];
  const clear: { quote: string; weight: number }[] = [];
  const seen = new Map<string, number>();
  const re = new RegExp(clearAsks[id].source, 'gi');
  for (const { kind, text } of blocks) {
    const weight = blockWeight[kind] ?? 0;
    const name = namedForms[id].exec(text);
    if (name) named.push(clauseAround(text, name.index, name.index + name[0].length));
    for (const m of text.matchAll(re)) {
      if (negated.test(text.slice(0, m.index))) continue;
      const key = m[0].toLowerCase().replace(/\s+/g, ' ');
      seen.set(key, Math.max(seen.get(key) ?? 0, weight * voiceWeight(text, m.index)));
      clear.push({ quote: clauseAround(text, m.index, m.index + m[0].length), weight });
    }
  }
  const strength = [...seen.values()].reduce((sum, w) => sum + w, 0);
  // What the hire will do before what they bring: the stable sort keeps text order within a block kind.
  clear.sort((a, b) => b.weight - a.weight);
  return { named, clear: clear.map((c) => c.quote), strength };
}

function defaultIds(posting: Posting, role: Role, level: Level): PrincipleId[] {
  const ids = [...familyEntry(role.family).lpDefaults];
  if (managesPeople(posting, role.family).manages) ids.push(...peopleLeaderDefaults);
  if (seniorBands.includes(level.band)) ids.push('think-big');
  if (earlyBands.includes(level.band)) ids.push('learn-and-be-curious');
  ids.push(...everyRole);
  return [...new Set(ids)];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Likely LPs: named and clearly asked ones first (the top 3-5 marked), then hinted, then defaults. */
export function inferPrinciples(posting: Posting, role: Role, level: Level): LikelyPrinciple[] {
  const wanted = defaultIds(posting, role, level);
  const blocks = roleBlocks(posting);
  const text = blocks.map((b) => b.text).join('\n');
  const hints = new Map(
    detectPrinciples(text, {
      maxEvidence: maxEvidencePerLp,
      quote: 'clause',
      phraseQuotesOnly: true,
    }).map((hit) => [hit.id, hit]),
  );
  const familyLps = familyEntry(role.family).lpDefaults;
  const evidenced: LikelyPrinciple[] = [];
  for (const id of principleIds) {
    const ask = clearAsk(blocks, id);
    const hint = hints.get(id);
    const hintScore = hint?.score ?? 0;
    const strength = ask.named.length ? 3 : Math.min(ask.strength, 3);
    // Named and asked quotes first, the most specific (a named LP) leading; one quote per clause.
    const evidence = distinctQuotes(
      [...ask.named, ...ask.clear, ...(hint?.evidence ?? [])].filter(readable),
    );
    if (!evidence.length) continue;
    const score = strength
      ? 0.5 + 0.12 * strength + 0.03 * hintScore + (familyLps.includes(id) ? familyBonus : 0)
      : Math.max(defaultScore + 0.05, 0.45 * hintScore);
    evidenced.push({
      id,
      name: principleById(id).name,
      score: round2(Math.min(score, 1)),
      evidence: evidence.slice(0, maxEvidencePerLp),
      isDefault: false,
      top: false,
    });
  }
  const order = (lp: LikelyPrinciple) => principleIds.indexOf(lp.id);
  evidenced.sort((a, b) => b.score - a.score || order(a) - order(b));
  // A default LP the posting also evidences keeps its evidence even when it ranks below the cut.
  const kept = evidenced.filter((lp, rank) => rank < maxEvidenced || wanted.includes(lp.id));
  const present = new Set(kept.map((lp) => lp.id));
  const defaults: LikelyPrinciple[] = wanted
    .filter((id) => !present.has(id))
    .map((id) => ({
      id,
      name: principleById(id).name,
      score: defaultScore,
      evidence: [],
      isDefault: true,
      top: false,
    }));
  const all = [...kept, ...defaults];
  const asked = all.filter((lp) => lp.score >= 0.5).length;
  const topCount = Math.min(all.length, Math.max(minTop, Math.min(asked, maxTop)));
  return all.map((lp, rank) => ({ ...lp, top: rank < topCount }));
}
