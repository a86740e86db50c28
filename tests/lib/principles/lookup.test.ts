import { describe, expect, it } from 'vitest';
import { principleIds, type PrincipleId } from '../../../lib/principles/ids';
import { hasTrait, principleById } from '../../../lib/principles/lookup';

describe('principleById', () => {
  it.each(principleIds.map((id) => [id]))('finds %s', (id) => {
    expect(principleById(id).id).toBe(id);
  });

  it('gives the official name', () => {
    expect(principleById('have-backbone-disagree-and-commit').name).toBe(
      'Have Backbone; Disagree and Commit',
    );
  });

  it('throws on an id that is not in the catalogue (a programming error)', () => {
    expect(() => principleById('be-nice' as PrincipleId)).toThrow(/be-nice/);
  });
});

describe('hasTrait', () => {
  it.each([
    ['hire-and-develop-the-best', 'people-leadership', true],
    ['strive-to-be-earths-best-employer', 'people-leadership', true],
    ['dive-deep', 'people-leadership', false],
    ['earn-trust', 'hard-to-fake', true],
    ['are-right-a-lot', 'hard-to-fake', true],
    ['have-backbone-disagree-and-commit', 'hard-to-fake', true],
    ['frugality', 'hard-to-fake', false],
  ] as const)('%s has %s: %s', (id, trait, expected) => {
    expect(hasTrait(id, trait)).toBe(expected);
  });
});
