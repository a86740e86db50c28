import type { RoleFamily } from '../../families/ids';
import type { PrincipleId } from '../../principles/ids';
import { formatClock } from '../timer';
import type { OaKind, OaSession } from './schema';
import { workStyleItems } from './work-style-data';
import type { WorkStyleChoice } from './work-style';
import { scenarioById, scenariosFor } from './work-simulation';

/**
 * The clock and answers of an OA practice set, as pure state changes: start, answer, pause,
 * resume, finish. The clock runs only while the set is open (pauses do not count), and at the
 * limit the set finishes with what was answered, as the real assessment does. Limits follow the
 * real pace: about 20 seconds a Work Style choice, about 2 minutes a scenario.
 */

export const secondsPerChoice = 20;
export const secondsPerScenario = 120;

export interface StartOa {
  id: string;
  kind: OaKind;
  family: RoleFamily;
  postingTop?: readonly PrincipleId[];
  now: number;
}

export function startOa({ id, kind, family, postingTop = [], now }: StartOa): OaSession {
  const itemIds =
    kind === 'work-style' ? workStyleItems.map((i) => i.id) : scenariosFor(family).map((s) => s.id);
  const per = kind === 'work-style' ? secondsPerChoice : secondsPerScenario;
  return {
    id,
    kind,
    family,
    postingTop: [...postingTop].slice(0, 16),
    itemIds,
    choices: {},
    rankings: {},
    timeLimitMs: itemIds.length * per * 1000,
    elapsedMs: 0,
    runningSince: now,
    startedAt: now,
    finishedAt: null,
    updatedAt: now,
  };
}

/** Time used so far, pauses excluded, never past the limit. */
export function usedMs(s: OaSession, now: number): number {
  const running = s.runningSince === null ? 0 : Math.max(0, now - s.runningSince);
  return Math.min(s.timeLimitMs, s.elapsedMs + running);
}

export function isTimeUp(s: OaSession, now: number): boolean {
  return usedMs(s, now) >= s.timeLimitMs;
}

export interface OaClock {
  /** "3:05" left. */
  left: string;
  /** Under a minute left. */
  lastMinute: boolean;
  timeUp: boolean;
}

export function oaClock(s: OaSession, now: number): OaClock {
  const leftMs = s.timeLimitMs - usedMs(s, now);
  return { left: formatClock(leftMs / 1000), lastMinute: leftMs < 60_000, timeUp: leftMs <= 0 };
}

export function pauseOa(s: OaSession, now: number): OaSession {
  if (s.runningSince === null) return s;
  return { ...s, elapsedMs: usedMs(s, now), runningSince: null, updatedAt: now };
}

export function resumeOa(s: OaSession, now: number): OaSession {
  if (s.runningSince !== null || s.finishedAt !== null) return s;
  return { ...s, runningSince: now, updatedAt: now };
}

export function finishOa(s: OaSession, now: number): OaSession {
  if (s.finishedAt !== null) return s;
  return { ...s, elapsedMs: usedMs(s, now), runningSince: null, finishedAt: now, updatedAt: now };
}

/** Answers count only while the set is open and the clock has time left. */
function open(s: OaSession, now: number): boolean {
  return s.finishedAt === null && s.runningSince !== null && !isTimeUp(s, now);
}

export function chooseStatement(
  s: OaSession,
  itemId: string,
  choice: WorkStyleChoice,
  now: number,
): OaSession {
  if (s.kind !== 'work-style' || !s.itemIds.includes(itemId)) return s;
  if (!open(s, now)) return finishOa(s, now);
  return { ...s, choices: { ...s.choices, [itemId]: choice }, updatedAt: now };
}

export function rankResponses(
  s: OaSession,
  scenarioId: string,
  order: readonly string[],
  now: number,
): OaSession {
  const scenario = scenarioById(scenarioId);
  if (s.kind !== 'work-simulation' || !scenario || !s.itemIds.includes(scenarioId)) return s;
  if (!open(s, now)) return finishOa(s, now);
  return { ...s, rankings: { ...s.rankings, [scenarioId]: [...order] }, updatedAt: now };
}

function answered(s: OaSession, id: string): boolean {
  return s.kind === 'work-style' ? id in s.choices : (s.rankings[id]?.length ?? 0) === 4;
}

/** The first item not yet answered, or null when all are. */
export function nextItemId(s: OaSession): string | null {
  return s.itemIds.find((id) => !answered(s, id)) ?? null;
}

export function answeredCount(s: OaSession): number {
  return s.itemIds.filter((id) => answered(s, id)).length;
}
