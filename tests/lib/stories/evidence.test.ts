import { describe, expect, it } from 'vitest';
import { storyEvidence } from '@/lib/stories/evidence';

describe('storyEvidence', () => {
  it("finds the principles the story's own words support, quoting them", () => {
    const found = storyEvidence({
      situation: 'Customers kept abandoning checkout on slow phones.',
      task: 'I had to find the root cause before the holiday peak.',
      action: 'I traced the requests and mentored a new engineer through the fix.',
      result: 'Checkout errors fell 40% and the engineer now owns the service.',
    });
    const ids = found.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(['customer-obsession', 'dive-deep']));
    const dive = found.find((p) => p.id === 'dive-deep')!;
    expect(dive.evidence.join(' ')).toMatch(/root cause/i);
    for (const p of found) expect(p.evidence.length).toBeLessThanOrEqual(3);
  });

  it('suggests nothing for a story with no signal words', () => {
    expect(
      storyEvidence({ situation: 'It rained.', task: 'Wait.', action: 'Sat.', result: 'Dry.' }),
    ).toEqual([]);
  });
});
