import { describe, expect, it } from 'vitest';
import { interviewProcess } from '../../../../lib/process/interview-process';
import { buildMockLoop, type PlanRoundInput } from '../../../../lib/practice/mock-loop/rounds';
import { principleById } from '../../../../lib/principles/lookup';
import { questionsFor } from '../../../../lib/principles/catalogue';
import type { PrincipleId } from '../../../../lib/principles/ids';

const firsts: PrincipleId[] = [
  'customer-obsession',
  'dive-deep',
  'deliver-results',
  'earn-trust',
  'are-right-a-lot',
];
const seconds: PrincipleId[] = [
  'bias-for-action',
  'invent-and-simplify',
  'ownership',
  'think-big',
  'have-backbone-disagree-and-commit',
];

const process = interviewProcess('software-engineer', 'L5', false);
const planRounds: PlanRoundInput[] = [
  {
    name: 'Technical phone screen',
    kind: 'phone-screen',
    slots: [{ lp: 'ownership', storyId: 's1' }],
  },
  ...process.loop.map((s, i) => ({
    name: s.name,
    kind: s.kind,
    slots: [
      { lp: firsts[i % 5]!, storyId: null },
      { lp: seconds[i % 5]!, storyId: `s${i}` },
    ],
  })),
];

describe('buildMockLoop', () => {
  it('takes the loop rounds (no phone screen), their assigned LPs and one or two bank questions each', () => {
    const rounds = buildMockLoop({
      rounds: planRounds,
      process,
      family: 'software-engineer',
      band: 'L5',
      seed: 7,
    });
    expect(rounds.length).toBeGreaterThanOrEqual(4);
    expect(rounds.length).toBeLessThanOrEqual(5);
    expect(rounds.some((r) => r.kind === 'phone-screen')).toBe(false);
    expect(rounds.at(-1)!.interviewer).toBe('Bar Raiser');
    const texts = rounds.flatMap((r) => r.questions.map((q) => q.text));
    expect(new Set(texts).size).toBe(texts.length);
    for (const r of rounds) {
      expect(r.questions.length).toBeGreaterThanOrEqual(1);
      expect(r.questions.length).toBeLessThanOrEqual(2);
      for (const q of r.questions) {
        expect(r.lps).toContain(q.principleId);
        expect(
          questionsFor(principleById(q.principleId), { family: 'software-engineer', band: 'L5' }),
        ).toContain(q.text);
      }
      expect(r.about.length).toBeGreaterThan(0);
    }
    expect(rounds[0]!.questions[1]!.plannedStoryId).toBe('s0');
    expect(buildMockLoop({ rounds: planRounds, process, seed: 7 })).toEqual(
      buildMockLoop({ rounds: planRounds, process, seed: 7 }),
    );
  });

  it('shortens the loop to the first rounds and the Bar Raiser when asked', () => {
    const rounds = buildMockLoop({ rounds: planRounds, process, seed: 1, maxRounds: 3 });
    expect(rounds.map((r) => r.name)).toEqual([
      process.loop[0]!.name,
      process.loop[1]!.name,
      'Bar Raiser',
    ]);
  });
});
