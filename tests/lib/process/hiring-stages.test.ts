import { describe, expect, it } from 'vitest';
import { hiringStages, stageProgress } from '../../../lib/process/hiring-stages';
import { interviewProcess } from '../../../lib/process/interview-process';

describe('stageProgress', () => {
  it('marks earlier stages done and later ones upcoming, with typical timings', () => {
    const rows = stageProgress('phone-screen');
    expect(rows.map((r) => [r.name, r.state])).toEqual([
      ['Applied', 'done'],
      ['Recruiter screen', 'done'],
      ['Online assessment', 'done'],
      ['Phone screen', 'current'],
      ['Loop', 'upcoming'],
      ['Debrief and decision', 'upcoming'],
    ]);
    expect(rows[5]?.next).toMatch(/five business days/);
  });
});

describe('hiringStages', () => {
  it("describes an HR posting's phone screen with the same words as its process view", () => {
    const hr = interviewProcess('hr-recruiting', 'L5', false);
    const phone = hiringStages(hr).find((s) => s.id === 'phone-screen')!;
    const fromProcess = hr.before.find((s) => s.kind === 'phone-screen')!;
    expect(phone.what).toBe(fromProcess.what);
    expect(phone.length).toBe(fromProcess.duration);
    expect(phone.what).not.toMatch(/technical problem/i);
  });

  it('names the loop rounds of the posting, and uses an unknown role without one', () => {
    const sde = interviewProcess('software-engineer', 'L5', false);
    const loop = hiringStages(sde).find((s) => s.id === 'loop')!;
    expect(loop.what).toContain('Bar Raiser');
    expect(loop.length).toMatch(new RegExp(`^${sde.loop.length} rounds`));
    const general = hiringStages().find((s) => s.id === 'recruiter-screen')!;
    expect(general.what).toBe(
      interviewProcess('other', 'unknown', false).before.find((s) => s.kind === 'recruiter-screen')!
        .what,
    );
  });
});
