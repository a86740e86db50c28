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
  nonInternBands.map((band) => [family, band] as [RoleFamily, LevelBand]),
);
const kinds = (family: RoleFamily, band: LevelBand) =>
  interviewProcess(family, band).loop.map((r) => r.kind);

describe('interviewProcess', () => {
  it.each(everyPair)('%s at %s: a valid process with 4-5 loop rounds', (family, band) => {
    const process = interviewProcess(family, band);
    expect(() => InterviewProcessSchema.parse(process)).not.toThrow();
    expect(process.loop.length).toBeGreaterThanOrEqual(4);
    expect(process.loop.length).toBeLessThanOrEqual(5);
  });

  it.each(everyPair)(
    '%s at %s: exactly one Bar Raiser, and it is the last round',
    (family, band) => {
      const loop = kinds(family, band);
      expect(loop.filter((k) => k === 'bar-raiser')).toHaveLength(1);
      expect(loop.at(-1)).toBe('bar-raiser');
    },
  );

  it.each(everyPair)(
    '%s at %s: recruiter screen, assessment, phone screen, then a debrief',
    (family, band) => {
      const process = interviewProcess(family, band);
      expect(process.before.map((s) => s.kind)).toEqual([
        'recruiter-screen',
        'online-assessment',
        'phone-screen',
      ]);
      expect(process.after.map((s) => s.kind)).toEqual(['debrief']);
      expect(process.after[0]!.what).toMatch(/veto/);
    },
  );

  it('gives an L4 software engineer three coding rounds and no system design', () => {
    const loop = kinds('software-engineer', 'L4');
    expect(loop).not.toContain('system-design');
    expect(loop.filter((k) => k === 'coding')).toHaveLength(3);
    const names = interviewProcess('software-engineer', 'L4').loop.map((r) => r.name);
    expect(names.some((n) => /object-oriented/i.test(n))).toBe(true);
  });

  it.each(['L5', 'L6', 'L7', 'L8', 'unknown'] as const)(
    'gives a %s software engineer a system design round',
    (band) => {
      expect(kinds('software-engineer', band)).toContain('system-design');
    },
  );

  it.each(['L6', 'L7'] as const)('adds a system design deep dive at %s', (band) => {
    const names = interviewProcess('software-engineer', band).loop.map((r) => r.name);
    expect(names).toContain('System design deep dive');
    expect(interviewProcess('software-engineer', 'L5').loop.map((r) => r.name)).not.toContain(
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
    const oa = interviewProcess(family, 'L5').before[1]!;
    expect(oa.what).toMatch(expected);
  });

  it('says the recruiter screen is a ~30 minute fit check with a short opener', () => {
    const screen = interviewProcess('finance', 'L5').before[0]!;
    expect(screen.duration).toMatch(/30 min/);
    expect(screen.what).toMatch(/under 2 minutes/);
  });

  it('tells the candidate not to reuse a story and that every round probes LPs', () => {
    const notes = interviewProcess('software-engineer', 'L5').notes.join(' ');
    expect(notes).toMatch(/do not reuse a story/i);
    expect(notes).toMatch(/every round/i);
  });

  it('says when the level is unknown that it shows a mid-level loop', () => {
    expect(interviewProcess('software-engineer', 'unknown').notes.join(' ')).toMatch(/unknown/);
    expect(interviewProcess('software-engineer', 'L5').notes.join(' ')).not.toMatch(/unknown/);
  });

  it.each(roleFamilies)(
    'gives a %s intern two short interviews and no phone screen or Bar Raiser',
    (family) => {
      const process = interviewProcess(family, 'intern');
      expect(() => InterviewProcessSchema.parse(process)).not.toThrow();
      expect(process.loop).toHaveLength(2);
      expect(process.loop.map((r) => r.kind)).not.toContain('bar-raiser');
      expect(process.before.map((s) => s.kind)).toEqual(['recruiter-screen', 'online-assessment']);
      expect(process.notes.join(' ')).toMatch(/intern/i);
    },
  );

  it('starts a software-engineering intern with a coding interview', () => {
    expect(interviewProcess('software-engineer', 'intern').loop[0]!.kind).toBe('coding');
  });
});
