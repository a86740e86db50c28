import { beforeAll, describe, expect, it } from 'vitest';
import { loadNlp } from '../../../lib/nlp/engine';
import { firstWordClass, isParticiple, pastTenseOf, warmUpNlp } from '../../../lib/nlp/resume';

// These checks read the full NLP tagger (pages load it on demand).
beforeAll(() => loadNlp());

describe('nlp resume helpers', () => {
  it.each([
    ['Drove adoption of the tool', 'past-verb'],
    ['Spearheading the move', 'gerund'],
    ['Experienced engineer with', 'adjective'],
    ['The backend', 'other'],
  ])('reads the first word of "%s" as %s', (phrase, kind) => {
    expect(firstWordClass(phrase)).toBe(kind);
  });
  it('conjugates to the past tense', () => {
    expect(pastTenseOf('creating')).toBe('created');
    expect(pastTenseOf('lead')).toBe('led');
  });
  it('recognises participles after "was"', () => {
    expect(isParticiple('rewritten')).toBe(true);
    expect(isParticiple('happy')).toBe(false);
  });
  it('warms up without throwing', () => {
    expect(() => warmUpNlp()).not.toThrow();
  });
});
