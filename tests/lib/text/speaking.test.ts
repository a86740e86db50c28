import { describe, expect, it } from 'vitest';
import {
  countWords,
  describeLength,
  formatMark,
  formatSeconds,
  maxSeconds,
  minSeconds,
  speakingSeconds,
  spoken,
  targetSeconds,
  wordsPerMinute,
} from '../../../lib/text/speaking';

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

  it("counts words a listener hears, not punctuation or contractions' parts", () => {
    expect(countWords("I'm a data engineer - with 6 years.")).toBe(7);
  });

  it('speaks 62 words in about 25 s', () => {
    expect(speakingSeconds(62)).toBe(25);
  });

  it.each([
    [62, 25, '62 words, about 25 s spoken'],
    [150, 60, '150 words, about 1 min spoken'],
    [175, 70, '175 words, about 1 min 10 s spoken'],
    [1, 0, '1 word, about 0 s spoken'],
  ])('describes %i words as %j', (words, seconds, text) => {
    expect(describeLength(words, seconds)).toBe(text);
  });

  it('marks an answer at 75 s (land the result) and 2 min (the interviewer cuts in)', () => {
    expect([targetSeconds, maxSeconds]).toEqual([75, 120]);
  });
});

describe('formatMark and the quoted marks', () => {
  it.each([
    [120, '2 minutes'],
    [60, '1 minute'],
    [75, '75 s'],
    [30, '30 s'],
  ])('says %i s as "%s"', (seconds, text) => {
    expect(formatMark(seconds)).toBe(text);
  });

  it('quotes the marks and the pace from the numbers', () => {
    expect(spoken).toEqual({
      max: formatMark(maxSeconds),
      maxShort: formatSeconds(maxSeconds),
      target: formatMark(targetSeconds),
      min: formatMark(minSeconds),
      pace: `${wordsPerMinute} words a minute`,
    });
    expect(spoken.max).toBe('2 minutes');
    expect(spoken.pace).toBe('150 words a minute');
  });
});
