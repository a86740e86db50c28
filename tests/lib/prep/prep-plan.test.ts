import { describe, expect, it } from 'vitest';
import type { InterviewProcess, RoundKind } from '../../../lib/process/schema';
import { isWeekend } from '../../../lib/prep/dates';
import { prepPlan, type PrepItem } from '../../../lib/prep/prep-plan';

function processWith(...kinds: RoundKind[]): InterviewProcess {
  return {
    before: [],
    loop: kinds.map((kind) => ({ kind, name: kind, duration: '', what: '' })),
    after: [],
    notes: [],
  };
}
const sde = processWith('coding', 'coding', 'system-design', 'behavioral', 'bar-raiser');
const pm = processWith('product-case', 'behavioral', 'bar-raiser');

function ready(today: string, interview: string, process: InterviewProcess | null = null) {
  const plan = prepPlan(today, interview, process);
  if (plan.status !== 'ready') throw new Error(plan.message);
  return plan;
}
const heavy = (items: PrepItem[]) => items.filter((i) => !i.light);

describe('prepPlan', () => {
  // 2026-03-02 is a Monday.
  it('lays a two-week plan on the 14 days before the interview, in guide order', () => {
    const plan = ready('2026-03-02', '2026-03-16', sde);
    expect(plan.start).toBe('2026-03-02');
    const blocks = [...new Set(heavy(plan.items).map((i) => i.id.replace(/-\d+$/, '')))];
    expect(blocks).toEqual(['stories', 'drills', 'record', 'mocks', 'design', 'marathon']);
    expect(plan.items[0]).toMatchObject({
      date: '2026-03-02',
      title: 'Write 8 STAR stories',
      view: 'stories',
      week: 1,
    });
    expect(plan.items.every((i) => i.date >= '2026-03-02' && i.date < '2026-03-16')).toBe(true);
    expect(plan.items.at(-1)).toMatchObject({ id: 'day-before', date: '2026-03-15' });
  });

  it('keeps heavy blocks off weekends when the weekdays are enough, with a light item instead', () => {
    const plan = ready('2026-03-02', '2026-03-16', sde);
    expect(heavy(plan.items).some((i) => isWeekend(i.date))).toBe(false);
    const saturday = plan.items.filter((i) => i.date === '2026-03-07');
    expect(saturday).toHaveLength(1);
    expect(saturday[0]?.light).toBe(true);
    expect(plan.notes.join(' ')).toMatch(/Weekends get one light item/);
  });

  it('fits an interview in 5 days, weekend included, with every key block still there', () => {
    // Thursday to the following Tuesday: Thu, Fri, Sat, Sun, Mon.
    const plan = ready('2026-03-05', '2026-03-10', sde);
    const dates = [...new Set(plan.items.map((i) => i.date))];
    expect(dates).toEqual(['2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09']);
    const titles = plan.items.map((i) => i.title);
    for (const t of [
      'Write 8 STAR stories',
      'Behavioural marathon',
      'Mock interviews with interruptions',
    ]) {
      expect(titles).toContain(t);
    }
    expect(plan.notes.join(' ')).toMatch(/weekends are work days/);
    expect(plan.notes.join(' ')).toMatch(/shortened/);
  });

  it('keeps the most important blocks when only one working day is left', () => {
    const plan = ready('2026-03-04', '2026-03-06', sde);
    expect(heavy(plan.items).map((i) => i.title)).toEqual([
      'Write 8 STAR stories',
      'Behavioural marathon',
    ]);
    expect(plan.notes.join(' ')).toMatch(/left out technical drills/);
  });

  it('says so when the interview is in the past, or today', () => {
    const past = prepPlan('2026-03-05', '2026-03-01');
    expect(past.status).toBe('past');
    expect(past.status !== 'ready' && past.message).toMatch(/in the past/);
    expect(prepPlan('2026-03-05', '2026-03-05').status).toBe('today');
    expect(prepPlan('2026-03-05', 'soon').status).toBe('invalid');
    expect(prepPlan('2026-03-05', '2026-02-30').status).toBe('invalid');
  });

  it("writes dates in the user's style, and keeps the day before free of blocks (issue 20)", () => {
    const past = prepPlan('2026-12-07', '2026-12-04', null, {}, 'en-GB');
    expect(past.status !== 'ready' && past.message).toMatch(
      /^Your interview date \(Fri, 4 Dec 2026\) is in the past/,
    );
    const soon = ready('2026-12-07', '2026-12-09', sde);
    const dayBefore = soon.items.filter((i) => i.date === '2026-12-08');
    expect(dayBefore.map((i) => i.id)).toEqual(['day-before']);
    // Monday and Tuesday: no weekend in sight, so no note about weekends.
    expect(soon.notes.join(' ')).not.toMatch(/weekend/i);
    const tomorrow = ready('2026-12-07', '2026-12-08', sde);
    expect(tomorrow.items.map((i) => i.id)).toEqual(['day-before']);
    expect(tomorrow.notes.join(' ')).not.toMatch(/left out/);
  });

  it('leaves out system design when the loop has no such round', () => {
    const plan = ready('2026-03-02', '2026-03-16', pm);
    expect(plan.items.some((i) => /system design/i.test(i.title))).toBe(false);
    expect(plan.notes.join(' ')).toMatch(/no system design round/);
    expect(plan.items.find((i) => i.id === 'drills-1')?.detail).toMatch(/product cases/);
  });

  it('hedges system design when the loop is unknown', () => {
    const plan = ready('2026-03-02', '2026-03-16');
    expect(
      plan.items.some((i) => i.title.includes('System design deep dive (if your loop has one)')),
    ).toBe(true);
  });

  it('starts two weeks out when the interview is further away', () => {
    const plan = ready('2026-03-02', '2026-04-20', sde);
    expect(plan.start).toBe('2026-04-06');
    expect(plan.items[0]?.date).toBe('2026-04-06');
    expect(plan.notes.join(' ')).toMatch(/starts on Mon(, Apr 6| 6 Apr)/);
  });

  it('links every item to a LoopReady view and gives stable ids', () => {
    const a = ready('2026-03-02', '2026-03-16', sde);
    const b = ready('2026-03-09', '2026-03-23', sde);
    expect(new Set(a.items.map((i) => i.view))).toEqual(
      new Set(['stories', 'practice', 'plan', 'resume']),
    );
    expect(new Set(a.items.map((i) => i.id)).size).toBe(a.items.length);
    expect(heavy(a.items).map((i) => i.id)).toEqual(heavy(b.items).map((i) => i.id));
  });

  it('reads the bank and the practice history: the days name what is still missing', () => {
    const plan = prepPlan('2026-03-02', '2026-03-12', sde, {
      stories: Array.from({ length: 6 }, () => ({ lps: ['ownership' as const] })),
      principles: ['ownership', 'frugality', 'earn-trust'],
      practised: ['ownership'],
    });
    if (plan.status !== 'ready') throw new Error(plan.message);
    const titles = heavy(plan.items).map((i) => i.title);
    expect(titles[0]).toBe('Write 2 more STAR stories, for Frugality and Earn Trust');
    expect(titles.some((t) => /Write 8 STAR stories/.test(t))).toBe(false);
    const practice = plan.items.filter((i) => i.id.startsWith('record-')).map((i) => i.detail);
    expect(practice.join(' ')).toContain('Frugality');
    expect(practice.join(' ')).toContain('Earn Trust');
  });
});
