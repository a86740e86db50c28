import { describe, expect, it } from 'vitest';
import { scopeLevel } from '../../../lib/posting/level-scope';

describe('scopeLevel', () => {
  it.each([
    'You will mentor other engineers and review designs.',
    'You will lead the design of services used by millions.',
    'Act as the technical lead for the team.',
    'You will work across multiple teams to ship the feature.',
  ])('reads ownership in "%s" as L5', (text) => {
    expect(scopeLevel(text)?.band).toBe('L5');
  });

  it.each([
    'We welcome new college graduates.',
    'This is an entry-level role.',
    'You are able to take a defined design and turn it into code.',
  ])('reads entry wording in "%s" as L4', (text) => {
    expect(scopeLevel(text)?.band).toBe('L4');
  });

  it('lets ownership win over entry wording', () => {
    expect(scopeLevel('New grads welcome; you will mentor other interns.')?.band).toBe('L5');
  });

  it('says nothing when the description has no scope words', () => {
    expect(scopeLevel('Build services in Java on AWS.')).toBeNull();
  });

  it('does not count mentorship the hire receives', () => {
    expect(scopeLevel('You will receive mentorship from senior engineers.')).toBeNull();
  });
});
