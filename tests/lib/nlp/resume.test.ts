import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadNlp } from '../../../lib/nlp/engine';
import { firstWordClass, isParticiple, pastTenseOf } from '../../../lib/nlp/resume';

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
  it('warming up loads the tagger that later checks read', async () => {
    // A fresh copy of the modules: the one above was loaded by beforeAll.
    vi.resetModules();
    const fresh = await import('../../../lib/nlp/resume');
    const { nlpEngine } = await import('../../../lib/nlp/engine');
    expect(nlpEngine()).toBeUndefined();
    await fresh.warmUpNlp();
    expect(nlpEngine()).toBeDefined();
  });
});
