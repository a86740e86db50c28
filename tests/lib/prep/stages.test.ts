import { describe, expect, it } from 'vitest';
import { stageProgress } from '../../../lib/prep/stages';

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
