import { describe, expect, it } from 'vitest';
import { countWords, describeLength, spokenSeconds } from '../../../lib/opener/spoken-length';

describe('spoken length', () => {
  it('counts words a listener hears, not punctuation', () => {
    expect(countWords("I'm a data engineer - with 6 years.")).toBe(7);
  });
  it('speaks 150 words in a minute and 300 in two', () => {
    expect(spokenSeconds(150)).toBe(60);
    expect(spokenSeconds(300)).toBe(120);
    expect(spokenSeconds(62)).toBe(25);
  });
  it.each([
    [62, 25, '62 words, about 25 s spoken'],
    [150, 60, '150 words, about 1 min spoken'],
    [175, 70, '175 words, about 1 min 10 s spoken'],
    [1, 0, '1 word, about 0 s spoken'],
  ])('describes %i words as %j', (words, seconds, text) => {
    expect(describeLength(words, seconds)).toBe(text);
  });
});
