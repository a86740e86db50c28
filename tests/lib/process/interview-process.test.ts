import { describe, expect, it } from 'vitest';
import { interviewProcess } from '../../../lib/process/interview-process';
import { InterviewProcessSchema } from '../../../lib/process/schema';
import {
  levelBands,
  roleFamilies,
  type LevelBand,
  type RoleFamily,
} from '../../../lib/families/ids';

const nonInternBands = levelBands.filter((b) => b !== 'intern');
const everyPair = roleFamilies.flatMap((family) =>
  nonInternBands.flatMap((band) =>
    [true, false].map((manages) => [family, band, manages] as [RoleFamily, LevelBand, boolean]),
  ),
);
/** The process for a family's usual posting: only engineering managers lead people by default. */
const processFor = (
  family: RoleFamily,
  band: LevelBand,
  manages = family === 'engineering-manager',
) => interviewProcess(family, band, manages);
const kinds = (family: RoleFamily, band: LevelBand, manages?: boolean) =>
  processFor(family, band, manages).loop.map((r) => r.kind);

describe('interviewProcess', () => {
  it.each(everyPair)(
    '%s at %s (manages people: %s): a valid process with 4-5 loop rounds',
    (family, band, manages) => {
      const process = interviewProcess(family, band, manages);
      expect(() => InterviewProcessSchema.parse(process)).not.toThrow();
      expect(process.loop.length).toBeGreaterThanOrEqual(4);
      expect(process.loop.length).toBeLessThanOrEqual(5);
    },
  );

  it.each(everyPair)(
    '%s at %s (manages people: %s): exactly one Bar Raiser, and it is the last round',
    (family, band, manages) => {
      const loop = kinds(family, band, manages);
      expect(loop.filter((k) => k === 'bar-raiser')).toHaveLength(1);
      expect(loop.at(-1)).toBe('bar-raiser');
    },
  );

  it.each(everyPair)(
    '%s at %s (manages people: %s): recruiter screen, assessment, phone screen, then a debrief',
    (family, band, manages) => {
      const process = interviewProcess(family, band, manages);
      expect(process.before.map((s) => s.kind)).toEqual([
        'recruiter-screen',
        'online-assessment',
        'phone-screen',
      ]);
      expect(process.after.map((s) => s.kind)).toEqual(['debrief']);
      expect(process.after[0]!.what).toMatch(/block a hire/);
    },
  );

  it('gives an L4 software engineer three coding rounds and no system design', () => {
    const loop = kinds('software-engineer', 'L4');
    expect(loop).not.toContain('system-design');
    expect(loop.filter((k) => k === 'coding')).toHaveLength(3);
    const names = processFor('software-engineer', 'L4').loop.map((r) => r.name);
    expect(names.some((n) => /object-oriented/i.test(n))).toBe(true);
  });

  it.each(['L5', 'L6', 'L7', 'L8', 'unknown'] as const)(
    'gives a %s software engineer a system design round',
    (band) => {
      expect(kinds('software-engineer', band)).toContain('system-design');
    },
  );

  it.each(['L6', 'L7'] as const)('adds a system design deep dive at %s', (band) => {
    const names = processFor('software-engineer', band).loop.map((r) => r.name);
    expect(names).toContain('System design deep dive');
    expect(processFor('software-engineer', 'L5').loop.map((r) => r.name)).not.toContain(
      'System design deep dive',
    );
  });

  it.each([
    ['product-manager', 'product-case'],
    ['engineering-manager', 'people-management'],
    ['engineering-manager', 'system-design'],
    ['technical-program-manager', 'program-delivery'],
    ['technical-program-manager', 'system-design'],
    ['data-scientist', 'ml-depth'],
    ['applied-scientist', 'ml-depth'],
    ['applied-scientist', 'coding'],
    ['business-intelligence', 'data-analysis'],
    ['solutions-architect', 'customer-scenario'],
  ] as const)('gives %s a %s round', (family, kind) => {
    expect(kinds(family, 'L5')).toContain(kind);
  });

  it.each([
    ['software-engineer', /two coding problems/i],
    ['data-scientist', /SQL/],
    ['business-intelligence', /SQL/],
    ['product-manager', /situational judgement/i],
    ['operations', /situational judgement/i],
    ['finance', /situational judgement/i],
  ] as const)('tailors the online assessment for %s', (family, expected) => {
    const oa = processFor(family, 'L5').before[1]!;
    expect(oa.what).toMatch(expected);
  });

  it('says the recruiter screen is a ~30 minute fit check with a short opener', () => {
    const screen = processFor('finance', 'L5').before[0]!;
    expect(screen.duration).toMatch(/30 min/);
    expect(screen.what).toMatch(/under 2 minutes/);
  });

  it('tells the candidate not to reuse a story and that every round probes LPs', () => {
    const notes = processFor('software-engineer', 'L5').notes.join(' ');
    expect(notes).toMatch(/do not reuse a story/i);
    expect(notes).toMatch(/every round/i);
  });

  it('says when the level is unknown that it shows a mid-level loop', () => {
    expect(processFor('software-engineer', 'unknown').notes.join(' ')).toMatch(/unknown/);
    expect(processFor('software-engineer', 'L5').notes.join(' ')).not.toMatch(/unknown/);
  });

  it.each(roleFamilies)(
    'gives a %s intern two short interviews and no phone screen or Bar Raiser',
    (family) => {
      const process = processFor(family, 'intern');
      expect(() => InterviewProcessSchema.parse(process)).not.toThrow();
      expect(process.loop).toHaveLength(2);
      expect(process.loop.map((r) => r.kind)).not.toContain('bar-raiser');
      expect(process.before.map((s) => s.kind)).toEqual(['recruiter-screen', 'online-assessment']);
      expect(process.notes.join(' ')).toMatch(/intern/i);
    },
  );

  it('starts a software-engineering intern with a coding interview', () => {
    expect(processFor('software-engineer', 'intern').loop[0]!.kind).toBe('coding');
  });

  it.each(['finance', 'sales-account', 'software-engineer'] as const)(
    'turns the hiring manager round into a people round when a %s posting hires a manager of people',
    (family) => {
      const ic = processFor(family, 'L5', false).loop;
      const lead = processFor(family, 'L5', true).loop;
      expect(ic.map((r) => r.kind)).not.toContain('people-management');
      expect(lead).toHaveLength(ic.length);
      const people = lead.find((r) => r.kind === 'people-management');
      expect(people?.name).toBe('Hiring manager');
      expect(people?.what).toMatch(/hire, coach and grow a team/);
    },
  );

  it('drops the leading-people round for an operations role that leads no one', () => {
    expect(kinds('operations', 'L5', true)).toContain('people-management');
    expect(kinds('operations', 'L5', false)).not.toContain('people-management');
    expect(kinds('operations', 'L5', false)).toContain('bar-raiser');
  });

  it('keeps the engineering manager family its own people round, once', () => {
    expect(
      kinds('engineering-manager', 'L6', true).filter((k) => k === 'people-management'),
    ).toHaveLength(1);
  });
});
