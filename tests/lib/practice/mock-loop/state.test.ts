import { describe, expect, it } from 'vitest';
import type { MockRound } from '../../../../lib/practice/mock-loop/rounds';
import { MockLoopSchema } from '../../../../lib/practice/mock-loop/schema';
import {
  alreadyTold,
  answerQuestion,
  currentQuestion,
  pauseMockLoop,
  resumeMockLoop,
  startMockLoop,
} from '../../../../lib/practice/mock-loop/state';
import { strongAnswer, strongRetold, weakAnswer } from './sample-answers';

const round = (name: string, kind: MockRound['kind'], questions: string[]): MockRound => ({
  name,
  kind,
  interviewer: `${name} interviewer`,
  about: '',
  lps: ['ownership'],
  questions: questions.map((text) => ({ principleId: 'ownership', text, plannedStoryId: '' })),
});

const rounds = [
  round('Hiring manager', 'behavioral', ['When did you own a problem?', 'What would you redo?']),
  round('Coding 1', 'coding', []),
  round('Bar Raiser', 'bar-raiser', ['When did you take on work nobody owned?']),
];

const start = () =>
  startMockLoop({ id: 'm1', postingId: 'p1', postingTitle: 'SDE II', rounds, now: 5 });

const given = (text: string, elapsedMs = 30_000) => ({ text, elapsedMs, interruptions: [] });

describe('mock loop state', () => {
  it('starts on the first question, leaving out rounds with none', () => {
    const loop = start();
    expect(loop).toMatchObject({
      status: 'running',
      answers: [],
      position: { round: 0, question: 0 },
      debrief: null,
      createdAt: 5,
      updatedAt: 5,
    });
    expect(loop.rounds.map((r) => r.name)).toEqual(['Hiring manager', 'Bar Raiser']);
    expect(currentQuestion(loop)).toMatchObject({
      roundIndex: 0,
      questionIndex: 0,
      text: 'When did you own a problem?',
    });
  });

  it('refuses a posting that gives no questions, with a plain error', () => {
    expect(() =>
      startMockLoop({ ...start(), rounds: [round('Coding 1', 'coding', [])], now: 0 }),
    ).toThrow('This posting gives the mock loop no questions to ask.');
  });

  it('keeps each answer and its interruptions, moving through the round then to the next', () => {
    const interruption = {
      reason: 'we-without-i' as const,
      question: 'What was your part?',
      basis: 'We had a project',
      atChars: 40,
      atMs: 9_000,
      answer: 'I ran the meetings.',
    };
    let loop = answerQuestion(
      start(),
      { text: weakAnswer, elapsedMs: 12_345.6, interruptions: [interruption] },
      6,
    );
    expect(loop.answers).toEqual([
      { round: 0, question: 0, text: weakAnswer, elapsedMs: 12_346, interruptions: [interruption] },
    ]);
    expect(currentQuestion(loop)!.text).toBe('What would you redo?');
    loop = answerQuestion(loop, given('I would write the alarm first.', -3), 7);
    expect(loop.answers[1]!.elapsedMs).toBe(0);
    expect(currentQuestion(loop)).toMatchObject({ roundIndex: 1, questionIndex: 0 });
    expect(currentQuestion(loop)!.round.name).toBe('Bar Raiser');
    expect(loop.updatedAt).toBe(7);
  });

  it('finishes with the debrief after the last answer, and takes no answer after that', () => {
    let loop = start();
    for (const text of [strongAnswer, weakAnswer, strongAnswer])
      loop = answerQuestion(loop, given(text), 9);
    expect(loop.status).toBe('finished');
    expect(loop.debrief!.rounds.map((r) => r.name)).toEqual(['Hiring manager', 'Bar Raiser']);
    expect(currentQuestion(loop)).toBeNull();
    expect(answerQuestion(loop, given('one more'), 10)).toBe(loop);
    expect(MockLoopSchema.parse(loop)).toEqual(loop);
  });

  it('pauses with the half-typed answer kept, takes no answer while paused, and resumes', () => {
    let loop = pauseMockLoop(start(), 'half an answer', 10);
    expect(loop).toMatchObject({ status: 'paused', draft: 'half an answer', updatedAt: 10 });
    expect(answerQuestion(loop, given('x'), 11)).toBe(loop);
    expect(pauseMockLoop(loop, 'other', 11)).toBe(loop);
    loop = resumeMockLoop(loop, 12);
    expect(loop).toMatchObject({ status: 'running', draft: 'half an answer', updatedAt: 12 });
    expect(resumeMockLoop(loop, 13)).toBe(loop);
    loop = answerQuestion(loop, given(weakAnswer), 14);
    expect(loop.draft).toBe('');
  });

  it('notices a story told in an earlier round, not one from the same round', () => {
    let loop = answerQuestion(start(), given(strongAnswer), 6);
    // Still in the first round: retelling there is not a repeat across rounds.
    expect(alreadyTold(loop, strongRetold)).toBeNull();
    loop = answerQuestion(loop, given(weakAnswer), 7);
    expect(alreadyTold(loop, strongRetold)?.roundName).toBe('Hiring manager');
    expect(alreadyTold(loop, 'I set up the on-boarding guide for new hires.')).toBeNull();
  });
});
