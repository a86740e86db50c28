import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planSlots } from '../../../lib/loop/plan-slots';
import { hardToFakeIds, peopleLeadershipIds } from '../../../lib/principles/catalogue';
import { principleIds, type PrincipleId } from '../../../lib/principles/ids';
import type { ProcessStage } from '../../../lib/process/schema';
import { makeAnalysis, sdeLoop } from './make-analysis';

const fiveRounds: ProcessStage[] = [
  ...sdeLoop.slice(0, 3),
  { kind: 'behavioral', name: 'Hiring manager', duration: '', what: '' },
  sdeLoop[3]!,
];

describe('planSlots', () => {
  it('gives the phone screen 1-2 principles and each loop round 2-3, none twice in a round', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...principleIds), { minLength: 1, maxLength: 16 }),
        fc.boolean(),
        (lps, five) => {
          const rounds = planSlots(makeAnalysis(lps, { loop: five ? fiveRounds : sdeLoop }));
          for (const r of rounds) {
            const [min, max] = r.kind === 'phone-screen' ? [1, 2] : [2, 3];
            expect(r.lps.length).toBeLessThanOrEqual(max);
            if (lps.length >= min)
              expect(r.lps.length).toBeGreaterThanOrEqual(Math.min(min, lps.length));
            expect(new Set(r.lps).size).toBe(r.lps.length);
            for (const lp of r.lps) expect(lps).toContain(lp);
          }
          const capacity = 2 + 3 * (five ? 5 : 4);
          const covered = new Set(rounds.flatMap((r) => r.lps));
          if (lps.length <= capacity) expect([...covered].sort()).toEqual([...lps].sort());
          else expect(covered.size).toBe(capacity);
        },
      ),
    );
  });

  it('sends the hardest-to-fake principles to the Bar Raiser', () => {
    const lps: PrincipleId[] = [
      'customer-obsession',
      'ownership',
      'earn-trust',
      'deliver-results',
      'are-right-a-lot',
      'dive-deep',
    ];
    const rounds = planSlots(makeAnalysis(lps));
    const barRaiser = rounds.find((r) => r.kind === 'bar-raiser')!;
    expect(barRaiser.lps).toEqual(expect.arrayContaining(['earn-trust', 'are-right-a-lot']));
    for (const r of rounds.filter((x) => x !== barRaiser))
      expect(r.lps.filter((lp) => (hardToFakeIds as readonly string[]).includes(lp))).toEqual([]);
  });

  it('adds the people-leadership principles for a manager, in the people-management round', () => {
    const loop: ProcessStage[] = [
      ...sdeLoop.slice(0, 2),
      { kind: 'people-management', name: 'People management', duration: '', what: '' },
      sdeLoop[3]!,
    ];
    const rounds = planSlots(
      makeAnalysis(['ownership', 'deliver-results', 'dive-deep'], {
        family: 'engineering-manager',
        title: 'Software Development Manager',
        loop,
        managesPeople: true,
      }),
    );
    expect(rounds.find((r) => r.kind === 'people-management')?.lps).toEqual(
      expect.arrayContaining([...peopleLeadershipIds]),
    );
  });

  it('leaves people-leadership out for an engineer whose posting does not mention it', () => {
    const rounds = planSlots(makeAnalysis(['ownership', 'deliver-results', 'dive-deep']));
    const all = rounds.flatMap((r) => r.lps);
    for (const id of peopleLeadershipIds) expect(all).not.toContain(id);
  });

  it('falls back to a phone screen, three rounds and a Bar Raiser when the process is unknown', () => {
    const analysis = makeAnalysis([], { loop: [] });
    analysis.process.before = [];
    const rounds = planSlots(analysis);
    expect(rounds.map((r) => r.kind)).toEqual([
      'phone-screen',
      'behavioral',
      'behavioral',
      'behavioral',
      'bar-raiser',
    ]);
    expect(rounds.every((r) => r.lps.length > 0)).toBe(true);
  });
});

describe('planSlots and the people decision', () => {
  // The planner never re-reads the title: analysis.managesPeople (analysis/manages-people.ts) is the
  // one answer the popup's LPs and the process also follow.
  it.each([true, false])(
    'plans people-leadership principles exactly when managesPeople is %s',
    (manages) => {
      const all = planSlots(
        makeAnalysis(['ownership', 'deliver-results'], {
          title: 'Software Development Manager',
          family: 'engineering-manager',
          managesPeople: manages,
        }),
      ).flatMap((r) => r.lps);
      for (const id of peopleLeadershipIds) expect(all.includes(id)).toBe(manages);
    },
  );
});
