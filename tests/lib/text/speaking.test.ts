import { describe, expect, it } from 'vitest';
import { countWords, formatSeconds, speakingSeconds } from '../../../lib/text/speaking';

describe('speaking time', () => {
  it('counts words, not punctuation', () => {
    expect(countWords('I cut latency - by 40% - in two weeks.')).toBe(8);
  });

  it.each([
    [150, 60],
    [188, 75],
    [300, 120],
    [0, 0],
  ])('%i words take about %i s at 150 words a minute', (words, seconds) => {
    expect(speakingSeconds(words)).toBe(seconds);
  });

  it.each([
    [45, '45 s'],
    [75, '1 min 15 s'],
    [120, '2 min'],
  ])('formats %i s as "%s"', (seconds, text) => {
    expect(formatSeconds(seconds)).toBe(text);
  });
});
