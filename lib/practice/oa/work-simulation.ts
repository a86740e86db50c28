import type { RoleFamily } from '../../families/ids';
import type { PrincipleId } from '../../principles/ids';
import { principleById } from '../../principles/lookup';
import { scenarios, type Scenario, type ScenarioResponse } from './scenarios-data';

/**
 * Work Simulation practice: the scenarios for a role family, and the feedback on a ranking of a
 * scenario's four responses. The feedback names what each response shows and why the strongest
 * are strong, and says how far the user's order is from our reading; it is our reading of the
 * principles, not Amazon's key.
 */

/** The scenarios for a family: its own first, then those that fit every role. */
export function scenariosFor(family: RoleFamily): Scenario[] {
  const own = scenarios.filter((s) => s.families !== 'all' && s.families.includes(family));
  return [...own, ...scenarios.filter((s) => s.families === 'all')];
}

const byId = new Map(scenarios.map((s) => [s.id, s]));
export function scenarioById(id: string): Scenario | undefined {
  return byId.get(id);
}

export interface ResponseFeedback {
  id: string;
  text: string;
  /** 1-based place the user gave it. */
  userPlace: number;
  /** 1-based place in our reading. */
  ourPlace: number;
  principles: { id: PrincipleId; name: string }[];
  /** What it shows and why, in a sentence. */
  note: string;
}

export interface ScenarioFeedback {
  scenarioId: string;
  responses: ResponseFeedback[];
  /** Why the two strongest responses (our reading) are strong. */
  strongest: string[];
  /** 0..1: 1 when the order matches our reading, 0 when it is reversed. */
  agreement: number;
  /** True when the user's first choice is our strongest. */
  topMatch: boolean;
}

/** Largest sum of |place - place| for four items (a reversed order). */
const maxDistance = 8;

function noteOf(res: ScenarioResponse): string {
  if (res.lps.length === 0) return `Shows no principle: ${res.why}`;
  const names = res.lps.map((id) => principleById(id).name).join(' and ');
  return `Shows ${names}: ${res.why}`;
}

/**
 * Feedback for a ranking: `order` lists the response ids from most to least effective. An
 * order that is not the scenario's four ids exactly is refused, so a partial ranking is never
 * scored as if it were complete.
 */
export function rankFeedback(scenario: Scenario, order: readonly string[]): ScenarioFeedback {
  const ids = scenario.responses.map((x) => x.id);
  if (
    order.length !== ids.length ||
    new Set(order).size !== ids.length ||
    !order.every((id) => ids.includes(id))
  )
    throw new Error(`Rank all four responses of "${scenario.title}" once each.`);
  const responses = scenario.responses.map((res): ResponseFeedback => ({
    id: res.id,
    text: res.text,
    userPlace: order.indexOf(res.id) + 1,
    ourPlace: res.strength,
    principles: res.lps.map((id) => ({ id, name: principleById(id).name })),
    note: noteOf(res),
  }));
  const distance = responses.reduce((n, x) => n + Math.abs(x.userPlace - x.ourPlace), 0);
  const strongest = [...scenario.responses]
    .sort((a, b) => a.strength - b.strength)
    .slice(0, 2)
    .map((res) => `“${res.text}” ${noteOf(res)}`);
  const best = scenario.responses.find((x) => x.strength === 1)!;
  return {
    scenarioId: scenario.id,
    responses,
    strongest,
    agreement: 1 - distance / maxDistance,
    topMatch: order[0] === best.id,
  };
}

export interface SimulationSummary {
  ranked: number;
  /** Mean agreement over ranked scenarios, 0..1. */
  agreement: number;
  topMatches: number;
  /** Principles shown by the responses the user put first, with counts. */
  firstChoiceLps: { id: PrincipleId; name: string; count: number }[];
}

export function simulationSummary(
  rankings: Readonly<Record<string, readonly string[]>>,
): SimulationSummary {
  const feedback = Object.entries(rankings).flatMap(([id, order]) => {
    const scenario = byId.get(id);
    if (!scenario) return [];
    try {
      return [{ scenario, f: rankFeedback(scenario, order) }];
    } catch {
      return [];
    }
  });
  const counts = new Map<PrincipleId, number>();
  for (const { scenario, f } of feedback) {
    const first = scenario.responses.find((x) => x.id === rankingsFirst(f))!;
    for (const id of first.lps) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return {
    ranked: feedback.length,
    agreement:
      feedback.length === 0 ? 0 : feedback.reduce((n, x) => n + x.f.agreement, 0) / feedback.length,
    topMatches: feedback.filter((x) => x.f.topMatch).length,
    firstChoiceLps: [...counts]
      .map(([id, count]) => ({ id, name: principleById(id).name, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
  };
}

function rankingsFirst(f: ScenarioFeedback): string {
  return f.responses.find((x) => x.userPlace === 1)!.id;
}
