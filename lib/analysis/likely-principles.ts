import { familyEntry } from '../families/registry';
import { clauseAround, detectPrinciples } from '../principles/detect';
import type { PrincipleId } from '../principles/ids';
import { principleIds } from '../principles/ids';
import { principleById } from '../principles/lookup';
import { evidenceKinds, postingBlocks } from './blocks';
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

/** The role's own text: the lines of role, responsibility and qualification blocks (blocks.ts). */
export function roleText(posting: Posting): string {
  return postingBlocks(posting)
    .filter((b) => evidenceKinds.has(b.kind) && !notRequired.test(b.text))
    .map((b) => b.text)
    .join('\n');
}

type Ask = { named: string | null; clear: string[]; distinct: number };

function clearAsk(text: string, id: PrincipleId): Ask {
  const named = namedForms[id].exec(text);
  const clear: string[] = [];
  const seen = new Set<string>();
  const re = new RegExp(clearAsks[id].source, 'gi');
  for (const m of text.matchAll(re)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (negated.test(text.slice(lineStart, m.index))) continue;
    seen.add(m[0].toLowerCase().replace(/\s+/g, ' '));
    const quote = clauseAround(text, m.index, m.index + m[0].length);
    if (!clear.includes(quote)) clear.push(quote);
  }
  const namedQuote = named ? clauseAround(text, named.index, named.index + named[0].length) : null;
  return { named: namedQuote, clear, distinct: seen.size };
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
  const text = roleText(posting);
  const hints = new Map(
    detectPrinciples(text, { maxEvidence: maxEvidencePerLp, quote: 'clause' }).map((hit) => [
      hit.id,
      hit,
    ]),
  );
  const evidenced: LikelyPrinciple[] = [];
  for (const id of principleIds) {
    const ask = clearAsk(text, id);
    const hint = hints.get(id);
    const hintScore = hint?.score ?? 0;
    const strength = ask.named ? 3 : Math.min(ask.distinct, 3);
    if (!strength && !hint) continue;
    const score = strength
      ? 0.5 + 0.12 * strength + 0.1 * hintScore
      : Math.max(defaultScore + 0.05, 0.45 * hintScore);
    const evidence = [
      ...(ask.named ? [ask.named] : []),
      ...ask.clear,
      ...(hint?.evidence ?? []),
    ].filter((q, i, all) => q && all.indexOf(q) === i);
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
