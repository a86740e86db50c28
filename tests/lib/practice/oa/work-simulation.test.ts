import { describe, expect, it } from 'vitest';
import {
  rankFeedback,
  scenarioById,
  simulationSummary,
} from '../../../../lib/practice/oa/work-simulation';

const scenario = scenarioById('sj-customer-late')!;

describe('rankFeedback', () => {
  it('agrees fully with our reading and explains why the strongest are strong', () => {
    const f = rankFeedback(scenario, ['a', 'c', 'b', 'd']);
    expect(f.agreement).toBe(1);
    expect(f.topMatch).toBe(true);
    expect(f.strongest).toHaveLength(2);
    expect(f.strongest[0]).toContain('Customer Obsession');
    expect(f.strongest[0]).toContain(scenario.responses[0].text);
    const d = f.responses.find((r) => r.id === 'd')!;
    expect(d.note).toMatch(/^Shows no principle/);
  });

  it('scores a reversed order 0 and refuses a partial ranking', () => {
    expect(rankFeedback(scenario, ['d', 'b', 'c', 'a']).agreement).toBe(0);
    expect(() => rankFeedback(scenario, ['a', 'b', 'c'])).toThrow(/Rank all four/);
    expect(() => rankFeedback(scenario, ['a', 'a', 'b', 'c'])).toThrow(/Rank all four/);
  });

  it('sums a set: agreement, first-choice matches and the principles of first choices', () => {
    const s = simulationSummary({
      'sj-customer-late': ['a', 'c', 'b', 'd'],
      'sj-two-asks': ['c', 'a', 'b', 'd'],
      unknown: ['a'],
    });
    expect(s.ranked).toBe(2);
    expect(s.topMatches).toBe(1);
    expect(s.firstChoiceLps.map((x) => x.id)).toEqual(['customer-obsession', 'ownership']);
  });
});
