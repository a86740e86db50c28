import { debriefOf } from './debrief';
import type { MockRound } from './rounds';
import { earlierTelling, type EarlierTelling } from './repeats';
import type { KeptInterruption, MockLoop } from './schema';

/**
 * A mock loop's progress as pure state changes: start, answer the current question (with the
 * interruptions it got), pause with the answer so far kept, resume, and the debrief once the last
 * question is answered. The UI keeps the clock and saves each new state.
 */

export interface StartMockLoop {
  id: string;
  postingId: string;
  postingTitle: string;
  rounds: MockRound[];
  now: number;
}

export function startMockLoop(input: StartMockLoop): MockLoop {
  const rounds = input.rounds.filter((r) => r.questions.length > 0);
  if (rounds.length === 0) throw new Error('This posting gives the mock loop no questions to ask.');
  return {
    id: input.id,
    postingId: input.postingId,
    postingTitle: input.postingTitle,
    status: 'running',
    rounds,
    answers: [],
    position: { round: 0, question: 0 },
    draft: '',
    debrief: null,
    createdAt: input.now,
    updatedAt: input.now,
  };
}

export interface CurrentQuestion {
  round: MockRound;
  roundIndex: number;
  questionIndex: number;
  text: string;
}

export function currentQuestion(loop: MockLoop): CurrentQuestion | null {
  if (loop.status === 'finished') return null;
  const { round, question } = loop.position;
  const r = loop.rounds[round];
  const q = r?.questions[question];
  if (!r || !q) return null;
  return { round: r, roundIndex: round, questionIndex: question, text: q.text };
}

function nextPosition(loop: MockLoop): MockLoop['position'] | null {
  const { round, question } = loop.position;
  if (question + 1 < (loop.rounds[round]?.questions.length ?? 0))
    return { round, question: question + 1 };
  if (round + 1 < loop.rounds.length) return { round: round + 1, question: 0 };
  return null;
}

export interface GivenAnswer {
  text: string;
  elapsedMs: number;
  interruptions: KeptInterruption[];
}

/** Keeps the answer to the current question and moves on; after the last one, the debrief. */
export function answerQuestion(loop: MockLoop, given: GivenAnswer, now: number): MockLoop {
  if (loop.status !== 'running' || !currentQuestion(loop)) return loop;
  const answers = [
    ...loop.answers,
    {
      round: loop.position.round,
      question: loop.position.question,
      text: given.text,
      elapsedMs: Math.max(0, Math.round(given.elapsedMs)),
      interruptions: given.interruptions,
    },
  ];
  const next = nextPosition(loop);
  const moved: MockLoop = { ...loop, answers, draft: '', updatedAt: now };
  if (next) return { ...moved, position: next };
  return { ...moved, status: 'finished', debrief: debriefOf(moved) };
}

export function pauseMockLoop(loop: MockLoop, draft: string, now: number): MockLoop {
  if (loop.status !== 'running') return loop;
  return { ...loop, status: 'paused', draft, updatedAt: now };
}

export function resumeMockLoop(loop: MockLoop, now: number): MockLoop {
  if (loop.status !== 'paused') return loop;
  return { ...loop, status: 'running', updatedAt: now };
}

/** A story the user is telling now that an earlier round already heard, or null. */
export function alreadyTold(loop: MockLoop, text: string): EarlierTelling | null {
  const told = loop.answers.map((a) => ({
    round: a.round,
    roundName: loop.rounds[a.round]?.name ?? '',
    text: a.text,
  }));
  return earlierTelling(told, loop.position.round, text);
}
