import { describe, expect, it } from 'vitest';
import { tooLong } from '../../../../lib/resume/rules/too-long';
import { check } from './check';

const long =
  'Designed and built the event pipeline that moves order updates from the storefront to the warehouse systems and the billing ledger, and added retries, dead-letter queues and alarms so the team sleeps at night';

describe('tooLong', () => {
  it('flags a bullet over 30 words and says where to split', () => {
    const finding = check(tooLong, long);
    expect(finding?.message).toMatch(/^3\d words/);
    expect(finding?.suggestion).toContain('split it after');
  });

  it('handles a 200-word line', () => {
    const finding = check(tooLong, Array.from({ length: 200 }, (_, i) => `word${i}`).join(' '));
    expect(finding?.message).toContain('200 words');
  });

  it('does not flag a 20-word bullet', () => {
    expect(check(tooLong, long.split(' ').slice(0, 20).join(' '))).toBeUndefined();
  });
});
