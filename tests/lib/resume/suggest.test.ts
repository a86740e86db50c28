import { describe, expect, it } from 'vitest';
import { cueVerbs, hiddenVerb, rewrite, toPast } from '../../../lib/resume/suggest';

describe('suggest', () => {
  it.each([
    ['to build the app', 'built', 'the app', undefined],
    ['migrating the jobs', 'migrated', 'the jobs', undefined],
    ['React to build the UI', 'built', 'the UI', 'React'],
    ['with a team and implemented search', 'implemented', 'search', undefined],
  ])('finds the verb hidden in "%s"', (rest, past, object, tool) => {
    expect(hiddenVerb(rest)).toEqual({ past, object, ...(tool ? { tool } : {}) });
  });
  it('returns undefined when no verb is named', () => {
    expect(hiddenVerb('on the search team')).toBeUndefined();
  });
  it('picks verbs that fit the nouns', () => {
    expect(cueVerbs('the hackathon prize')).toEqual(['Won', 'Earned']);
    expect(cueVerbs('the payments API')).toEqual(['Built', 'Developed']);
    expect(cueVerbs('something else')).toEqual(['Built', 'Delivered']);
  });
  it('puts verbs in the past tense', () => {
    expect(toPast('leading')).toBe('led');
    expect(toPast('Creation')).toBe('created');
    expect(toPast('writes')).toBe('wrote');
  });
  it('writes a quoted, clipped rewrite', () => {
    expect(rewrite('built', 'of the app')).toBe('"Built the app"');
    expect(rewrite('won', '')).toBe('"Won …"');
  });
});
