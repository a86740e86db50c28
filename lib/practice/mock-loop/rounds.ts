import { questionsFor } from '../../principles/catalogue';
import type { PrincipleId } from '../../principles/ids';
import { principleById } from '../../principles/lookup';
import type { InterviewProcess, RoundKind } from '../../process/schema';
import { seededRandom } from '../seeded-random';

/**
 * The rounds of a mock loop for one posting: the loop's 4-5 interviews from the round plan (the
 * phone screen is left out), each with its interviewer, the principles the plan assigned it and
 * one or two questions from the catalogue's own-words bank that fit the posting's family and
 * level. No question is asked twice in the loop. Takes the plan's shape rather than lib/loop's
 * type, which sits above this room.
 */

export interface PlanRoundInput {
  name: string;
  kind: RoundKind;
  slots: readonly { lp: PrincipleId; storyId: string | null }[];
}

export interface MockQuestion {
  principleId: PrincipleId;
  text: string;
  /** The story the round plan put in this slot; '' when it has none. */
  plannedStoryId: string;
}

export interface MockRound {
  name: string;
  kind: RoundKind;
  /** Who asks, as the user sees it: "Bar Raiser", "Hiring manager interviewer". */
  interviewer: string;
  /** What the round is for, from the interview process. */
  about: string;
  lps: PrincipleId[];
  questions: MockQuestion[];
}

export interface BuildMockLoop {
  rounds: readonly PlanRoundInput[];
  process: InterviewProcess;
  family?: string | null;
  band?: string | null;
  seed: number;
  /** Questions per round, 1 or 2. */
  perRound?: 1 | 2;
  /** A shorter loop to practise: the first rounds and the Bar Raiser, this many in all (at least 2). */
  maxRounds?: number;
}

export const maxMockRounds = 5;

function interviewerOf(name: string, kind: RoundKind): string {
  if (kind === 'bar-raiser') return 'Bar Raiser';
  return /interview|manager|engineer|lead/i.test(name) ? name : `${name} interviewer`;
}

/** The first `n - 1` rounds and the Bar Raiser, when the loop has more than `n`. */
function shorten(rounds: readonly PlanRoundInput[], n: number): readonly PlanRoundInput[] {
  const keep = Math.max(2, Math.floor(n));
  if (rounds.length <= keep) return rounds;
  const br = rounds.findLast((r) => r.kind === 'bar-raiser');
  const others = rounds.filter((r) => r !== br);
  return br ? [...others.slice(0, keep - 1), br] : others.slice(0, keep);
}

export function buildMockLoop(input: BuildMockLoop): MockRound[] {
  const random = seededRandom(input.seed);
  const fit = { family: input.family ?? null, band: input.band ?? null };
  const asked = new Set<string>();
  const loop = shorten(
    input.rounds.filter((r) => r.kind !== 'phone-screen').slice(-maxMockRounds),
    input.maxRounds ?? maxMockRounds,
  );
  return loop.map((round) => {
    const stage = input.process.loop.find((s) => s.name === round.name);
    const lps = [...new Set(round.slots.map((s) => s.lp))];
    const questions = lps.slice(0, input.perRound ?? 2).flatMap((lp): MockQuestion[] => {
      const pool = questionsFor(principleById(lp), fit).filter((q) => !asked.has(q));
      if (pool.length === 0) return [];
      const text = pool[Math.floor(random() * pool.length)]!;
      asked.add(text);
      const plannedStoryId = round.slots.find((s) => s.lp === lp)?.storyId ?? '';
      return [{ principleId: lp, text, plannedStoryId }];
    });
    return {
      name: round.name,
      kind: round.kind,
      interviewer: interviewerOf(round.name, round.kind),
      about: stage?.what ?? '',
      lps,
      questions,
    };
  });
}
