import { describe, expect, it } from 'vitest';
import { roleFamilies } from '../../../lib/families/ids';
import {
  categoryRules,
  familyEntry,
  families,
  titleRules,
  weakTitleRules,
} from '../../../lib/families/registry';

describe('family registry', () => {
  it('has one entry per role family and nothing else', () => {
    expect(Object.keys(families).sort()).toEqual([...roleFamilies].sort());
  });

  it('gives title rules unique ranks, so the order across families is never a tie', () => {
    const ranks = roleFamilies.flatMap((f) => familyEntry(f).titles.map((r) => r.rank));
    expect(new Set(ranks).size).toBe(ranks.length);
  });

  it('reads a specific rule of one family before a broader rule of another', () => {
    const first = (title: string) => titleRules.find((r) => r.pattern.test(title))?.family;
    // The engineering-manager rule must run before the software-engineer one that shares its words.
    expect(first('Software Development Manager')).toBe('engineering-manager');
    // "Applied Scientist" before the data-scientist rule, a bare "Scientist" after it.
    expect(first('Applied Scientist')).toBe('applied-scientist');
    expect(first('Data Scientist')).toBe('data-scientist');
    expect(first('Product Marketing Manager')).toBe('other');
  });

  it('maps job categories and weak title words to their family', () => {
    const byCategory = (c: string) => categoryRules.find((r) => r.pattern.test(c))?.family;
    expect(byCategory('Software Development')).toBe('software-engineer');
    expect(byCategory('Project/Program/Product Management--Technical')).toBe(
      'technical-program-manager',
    );
    expect(byCategory('Finance & Accounting')).toBe('finance');
    expect(weakTitleRules.find((r) => r.pattern.test('Area Manager'))?.family).toBe('operations');
  });

  it('names a usual level only for families with a ladder, and no usual level for "other"', () => {
    expect(familyEntry('software-engineer').levels.usual).toEqual({ band: 'L5', runnerUp: 'L4' });
    expect(familyEntry('other').levels.usual).toHaveProperty('noLadder');
  });
});
