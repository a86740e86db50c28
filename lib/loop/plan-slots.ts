import { hardToFakeIds, peopleLeadershipIds } from '../principles/catalogue';
import type { PrincipleId } from '../principles/ids';
import type { PostingAnalysis } from '../analysis/schema';
import type { ProcessStage, RoundKind } from '../process/schema';

/** One interview round to prepare, with the principles it will probe (ranked order). */
export interface RoundSkeleton {
  name: string;
  kind: RoundKind;
  lps: PrincipleId[];
}

/** Bar Raisers dig for the principles that are hardest to fake with a rehearsed story. */
const hardToFake: readonly PrincipleId[] = hardToFakeIds;
/** People-leadership principles, probed for managers of people. */
const peopleLeadership: readonly PrincipleId[] = peopleLeadershipIds;
/** Used when the analysis found no likely principles: the ones nearly every loop asks about. */
const fallbackPool: readonly PrincipleId[] = [
  'customer-obsession',
  'ownership',
  'deliver-results',
  'dive-deep',
  'earn-trust',
  'have-backbone-disagree-and-commit',
  'bias-for-action',
  'are-right-a-lot',
];
const fallbackBefore: ProcessStage[] = [
  { kind: 'phone-screen', name: 'Phone screen', duration: '', what: '' },
];
const fallbackLoop: ProcessStage[] = [1, 2, 3]
  .map((n): ProcessStage => ({
    kind: 'behavioral',
    name: `Loop round ${n}`,
    duration: '',
    what: '',
  }))
  .concat([{ kind: 'bar-raiser', name: 'Bar Raiser', duration: '', what: '' }]);

const limits = { phone: { min: 1, max: 2 }, loop: { min: 2, max: 3 } } as const;

function rankedPool(analysis: PostingAnalysis, manager: boolean, capacity: number): PrincipleId[] {
  const ranked = [...new Set(analysis.lps.map((lp) => lp.id))];
  const pool = ranked.length > 0 ? ranked : [...fallbackPool];
  const people = manager ? peopleLeadership : [];
  for (const id of people) if (!pool.includes(id)) pool.push(id);
  if (pool.length <= capacity) return pool;
  // Too many to cover: keep the people LPs for managers, then the highest-ranked of the rest.
  const kept = new Set(people.slice(0, capacity));
  for (const id of pool) if (kept.size < capacity) kept.add(id);
  return pool.filter((id) => kept.has(id));
}

/**
 * The rounds to prepare and the principles each one probes: the phone screen 1-2, each loop round
 * 2-3, every likely principle somewhere when there is room, hardest-to-fake ones with the Bar
 * Raiser, people-leadership ones with a people-management round (or spread) for managers.
 */
export function planSlots(analysis: PostingAnalysis): RoundSkeleton[] {
  const hasProcess = analysis.process.loop.length > 0;
  const phone = (hasProcess ? analysis.process.before : fallbackBefore).find(
    (s) => s.kind === 'phone-screen',
  );
  const stages = [
    ...(phone ? [phone] : []),
    ...(hasProcess ? analysis.process.loop : fallbackLoop),
  ];
  const rounds: RoundSkeleton[] = stages.map((s) => ({ name: s.name, kind: s.kind, lps: [] }));
  const max = (r: RoundSkeleton) => (r.kind === 'phone-screen' ? limits.phone : limits.loop).max;
  const min = (r: RoundSkeleton) => (r.kind === 'phone-screen' ? limits.phone : limits.loop).min;
  const capacity = rounds.reduce((n, r) => n + max(r), 0);
  const manager = analysis.managesPeople.manages;
  const pool = rankedPool(analysis, manager, capacity);
  const rank = (id: PrincipleId) => pool.indexOf(id);
  const placed = new Set<PrincipleId>();
  const put = (round: RoundSkeleton, id: PrincipleId) => {
    round.lps.push(id);
    placed.add(id);
  };
  const loop = rounds.filter((r) => r.kind !== 'phone-screen');
  const barRaiser = loop.findLast((r) => r.kind === 'bar-raiser');
  const others = loop.filter((r) => r !== barRaiser);
  const leastLoaded = (candidates: RoundSkeleton[]) =>
    candidates
      .filter((r) => r.lps.length < max(r))
      .reduce<RoundSkeleton | undefined>(
        (a, r) => (!a || r.lps.length < a.lps.length ? r : a),
        undefined,
      );

  if (barRaiser)
    for (const id of pool.filter((p) => hardToFake.includes(p)).slice(0, max(barRaiser)))
      put(barRaiser, id);
  if (manager) {
    const peopleRound = others.find((r) => r.kind === 'people-management');
    for (const id of pool.filter((p) => peopleLeadership.includes(p))) {
      const target =
        peopleRound && peopleRound.lps.length < max(peopleRound)
          ? peopleRound
          : leastLoaded(others);
      if (target) put(target, id);
    }
  }
  const phoneRound = rounds.find((r) => r.kind === 'phone-screen');
  if (phoneRound)
    for (const id of pool.filter((p) => !placed.has(p)).slice(0, max(phoneRound)))
      put(phoneRound, id);
  for (const id of pool.filter((p) => !placed.has(p))) {
    const target = leastLoaded(loop) ?? leastLoaded(rounds);
    if (target) put(target, id);
  }
  // Rounds still short of their minimum repeat the principles asked least so far, best-ranked first.
  const uses = (id: PrincipleId) => rounds.filter((r) => r.lps.includes(id)).length;
  for (const round of rounds) {
    while (round.lps.length < min(round)) {
      // The Bar Raiser repeats hard-to-fake ones first; other rounds leave those to the Bar Raiser.
      const hardFirst = round === barRaiser ? 1 : -1;
      const hardness = (id: PrincipleId) => (hardToFake.includes(id) ? -hardFirst : hardFirst);
      const next = pool
        .filter((id) => !round.lps.includes(id))
        .sort((a, b) => hardness(a) - hardness(b) || uses(a) - uses(b) || rank(a) - rank(b))[0];
      if (!next) break;
      round.lps.push(next);
    }
    round.lps.sort((a, b) => rank(a) - rank(b));
  }
  return rounds;
}
