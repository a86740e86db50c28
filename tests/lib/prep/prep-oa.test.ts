import { describe, expect, it } from 'vitest';
import { interviewProcess } from '../../../lib/process/interview-process';
import { prepPlan } from '../../../lib/prep/prep-plan';

describe('prepPlan with an online assessment and a mock-loop debrief', () => {
  it('schedules OA practice first, before the phone screen, when the process has an OA', () => {
    const plan = prepPlan('2026-03-02', '2026-03-16', interviewProcess('finance', 'L5', false));
    if (plan.status !== 'ready') throw new Error('expected a plan');
    const heavy = plan.items.filter((i) => !i.light);
    expect(heavy[0]).toMatchObject({
      id: 'oa-1',
      title: 'Online assessment practice',
      view: 'practice',
      date: '2026-03-02',
    });
    const noOa = { ...interviewProcess('finance', 'L5', false), before: [] };
    const without = prepPlan('2026-03-02', '2026-03-16', noOa);
    expect(without.status === 'ready' && without.items.some((i) => i.id.startsWith('oa-'))).toBe(
      false,
    );
  });

  it("words the mock-interview days with the last debrief's three things to practise", () => {
    const focus = [
      'Dive Deep: end the answer on the result, with a number.',
      'Earn Trust: tell the action with “I”.',
      'Ownership: rehearse the follow-ups.',
    ];
    const plan = prepPlan(
      '2026-03-02',
      '2026-03-16',
      interviewProcess('software-engineer', 'L5', false),
      { mockFocus: focus },
    );
    if (plan.status !== 'ready') throw new Error('expected a plan');
    const mocks = plan.items.filter((i) => i.id.startsWith('mocks-'));
    expect(mocks.length).toBeGreaterThan(0);
    for (const m of mocks)
      expect(m.detail).toContain(
        `From your last mock loop: 1) ${focus[0]} 2) ${focus[1]} 3) ${focus[2]}`,
      );
  });
});
