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

  it('never splits inside a list, and names a tool list only when there is one', () => {
    const list =
      'Taught a systems course for 120 students on how computers run code, covering the topics that show how the machines execute programs, store information, and communicate across a network of nodes';
    const finding = check(tooLong, list);
    expect(finding?.suggestion).not.toMatch(/split it after "[^"]*,?"? *store/);
    expect(finding?.suggestion).toBe(
      'Keep one action and its result in 30 words or fewer: split it into two bullets, one action and its result each.',
    );
    const tools =
      'Built the booking site for a chain of 12 clinics so that their patients can book and cancel visits online with text reminders, using React, Redux, Node.js, PostgreSQL and Redis on AWS';
    expect(check(tooLong, tools)?.suggestion).toContain('cut the tool list to the two that matter');
    expect(check(tooLong, long)?.suggestion).not.toContain('tool list');
  });

  it('handles a 200-word line', () => {
    const finding = check(tooLong, Array.from({ length: 200 }, (_, i) => `word${i}`).join(' '));
    expect(finding?.message).toContain('200 words');
  });

  it('does not flag a 20-word bullet', () => {
    expect(check(tooLong, long.split(' ').slice(0, 20).join(' '))).toBeUndefined();
  });
});
