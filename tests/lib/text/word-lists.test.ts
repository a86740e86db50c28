import { describe, expect, it } from 'vitest';
import {
  firstPersonPlural,
  firstPersonSingular,
  irregularPastForms,
  irregularPasts,
  prepositions,
} from '../../../lib/text/word-lists';

describe('word lists', () => {
  it('knows the first-person pronouns, singular apart from plural', () => {
    expect([...firstPersonSingular]).toEqual(['i', 'me', 'my', 'mine', 'myself']);
    expect([...firstPersonPlural]).toEqual(['we', 'us', 'our', 'ours', 'ourselves']);
  });

  it('gives the irregular and consonant-doubling pasts a rule would get wrong', () => {
    expect(irregularPasts.lead).toBe('led');
    expect(irregularPasts.build).toBe('built');
    expect(irregularPasts.troubleshoot).toBe('troubleshot');
    expect(irregularPasts.ship).toBe('shipped');
    expect(irregularPasts.commit).toBe('committed');
    // Regular verbs are left to the rule.
    expect(irregularPasts.design).toBeUndefined();
  });

  it('lists every past form once, in lower case, as a word of its own', () => {
    expect(irregularPastForms.has('wrote')).toBe(true);
    expect(irregularPastForms.has('bought')).toBe(true);
    expect(irregularPastForms.has('write')).toBe(false);
    for (const [base, past] of Object.entries(irregularPasts)) {
      expect(base).toMatch(/^[a-z]+$/);
      expect(past).toMatch(/^[a-z]+$/);
      expect(irregularPastForms.has(past)).toBe(true);
    }
  });

  it('holds the prepositions that start a phrase, not articles or verbs', () => {
    for (const w of ['of', 'in', 'with', 'via', 'within']) expect(prepositions.has(w)).toBe(true);
    for (const w of ['the', 'and', 'built']) expect(prepositions.has(w)).toBe(false);
  });
});
