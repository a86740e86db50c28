import { maxSeconds, spoken, targetSeconds } from '../text/speaking';

/**
 * Pure timing for a practice answer: a STAR answer should land around 75 seconds, and past
 * 2 minutes the interviewer starts cutting in. The UI feeds elapsed milliseconds from a clock
 * it can fake in tests.
 */

export const timerPhases = ['building', 'wrap-up', 'over'] as const;
export type TimerPhase = (typeof timerPhases)[number];

export interface TimerReading {
  seconds: number;
  /** "1:05" */
  clock: string;
  phase: TimerPhase;
  message: string;
  /** Marks passed so far, in order: 75 then 120. */
  marks: number[];
}

const messages: Record<TimerPhase, string> = {
  building: 'Situation and task in a few sentences, then most of your time on the action.',
  'wrap-up': `${spoken.target}: land the result now, with a number.`,
  over: `${spoken.maxShort}: stop. In the room the interviewer would interrupt here.`,
};

export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Where an answer that has run `elapsedMs` stands against the 75 s and 2 min marks. */
export function readTimer(elapsedMs: number): TimerReading {
  const seconds = Math.max(0, Math.floor(elapsedMs / 1000));
  const phase: TimerPhase =
    seconds >= maxSeconds ? 'over' : seconds >= targetSeconds ? 'wrap-up' : 'building';
  const marks = [targetSeconds, maxSeconds].filter((m) => seconds >= m);
  return { seconds, clock: formatClock(seconds), phase, message: messages[phase], marks };
}
