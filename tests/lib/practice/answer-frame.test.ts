import { describe, expect, it } from 'vitest';
import { answerFrame, frameIntro } from '../../../lib/practice/answer-frame';

describe('answerFrame', () => {
  it('walks trade-off, exchange, hindsight and constraint, with hints from the story', () => {
    const frame = answerFrame({
      title: 'Cache',
      project: '',
      situation: 'We had a two-week deadline before the holiday freeze.',
      task: '',
      action: 'We went with a read-through cache instead of a new database.',
      result: '',
    });
    expect(frame.map((f) => f.label)).toEqual([
      'The trade-off I accepted',
      'In exchange for',
      'The alternative, in hindsight',
      'The constraint at the time',
    ]);
    expect(frame[2]?.hint).toBe('a new database');
    expect(frame[3]?.hint).toBe('We had a two-week deadline before the holiday freeze.');
    expect(frameIntro).toMatch(/don't defend/);
  });

  it('leaves hints empty when the story has none', () => {
    const frame = answerFrame({
      title: '',
      project: '',
      situation: '',
      task: '',
      action: 'I fixed it.',
      result: '',
    });
    expect(frame.every((f) => f.hint === '')).toBe(true);
  });
});
