import { describe, expect, it } from 'vitest';
import { OaSessionSchema } from '../../../../lib/practice/oa/schema';
import {
  answeredCount,
  chooseStatement,
  finishOa,
  isTimeUp,
  nextItemId,
  oaClock,
  pauseOa,
  rankResponses,
  resumeOa,
  startOa,
  usedMs,
} from '../../../../lib/practice/oa/session';
import { workStyleItems } from '../../../../lib/practice/oa/work-style-data';

describe('OA session', () => {
  it('times a Work Style set at 20 s a choice, pauses without counting and resumes', () => {
    let s = startOa({ id: 'x', kind: 'work-style', family: 'software-engineer', now: 0 });
    expect(s.timeLimitMs).toBe(workStyleItems.length * 20_000);
    s = chooseStatement(s, 'ws-01', 'first', 5_000);
    s = pauseOa(s, 10_000);
    expect(usedMs(s, 500_000)).toBe(10_000);
    // Answers while paused do not count.
    expect(chooseStatement(s, 'ws-02', 'first', 20_000).choices).not.toHaveProperty('ws-02');
    s = resumeOa(s, 500_000);
    s = chooseStatement(s, 'ws-02', 'second', 503_000);
    expect(usedMs(s, 503_000)).toBe(13_000);
    expect(answeredCount(s)).toBe(2);
    expect(nextItemId(s)).toBe('ws-03');
    expect(OaSessionSchema.parse(s)).toEqual(s);
  });

  it('finishes with what was answered when the time is up', () => {
    let s = startOa({ id: 'x', kind: 'work-style', family: 'finance', now: 0 });
    s = chooseStatement(s, 'ws-01', 'first', 1_000);
    expect(isTimeUp(s, s.timeLimitMs)).toBe(true);
    expect(oaClock(s, s.timeLimitMs)).toMatchObject({ left: '0:00', timeUp: true });
    s = chooseStatement(s, 'ws-02', 'first', s.timeLimitMs + 1);
    expect(s.finishedAt).not.toBeNull();
    expect(Object.keys(s.choices)).toEqual(['ws-01']);
  });

  it("takes a Work Simulation set from the family's scenarios and keeps rankings", () => {
    let s = startOa({ id: 'y', kind: 'work-simulation', family: 'operations', now: 0 });
    expect(s.itemIds[0]).toBe('sj-peak-safety');
    expect(s.timeLimitMs).toBe(s.itemIds.length * 120_000);
    s = rankResponses(s, 'sj-peak-safety', ['a', 'c', 'd', 'b'], 1_000);
    expect(s.rankings['sj-peak-safety']).toEqual(['a', 'c', 'd', 'b']);
    expect(nextItemId(s)).toBe(s.itemIds[1]);
    s = finishOa(s, 2_000);
    expect(s.runningSince).toBeNull();
    expect(resumeOa(s, 3_000).runningSince).toBeNull();
    expect(OaSessionSchema.safeParse({ ...s, family: 'astronaut' }).success).toBe(false);
  });
});
