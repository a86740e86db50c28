import { describe, expect, it } from 'vitest';
import { filler } from '../../../../lib/resume/rules/filler';
import { check } from './check';

describe('filler', () => {
  it.each([
    ['Fixed various bugs in the router', '"various": name them, or say how many'],
    ['Wrote tests, docs, etc. for the SDK', '"etc.": list the ones that matter'],
    ['Results-driven engineer who shipped 4 apps', 'show a result instead'],
    ['Known as a team player on 3 squads', 'say what the team shipped'],
    ['Created synergy between design and data', 'say what working together produced'],
    ['Built a dynamic and friendly site for 2 shops', '"dynamic": drop it'],
    ['Added dynamic routing to a dynamic website', '"dynamic": drop it'],
    ['Supported diverse stakeholders across the region', '"diverse": name them'],
    ['Built an efficient cache for the search page', '"efficient": say how much faster'],
    ['Efficiently processed refunds for the store', '"efficiently": say how much faster'],
  ])('flags "%s"', (bullet, advice) => {
    expect(check(filler, bullet)?.suggestion).toContain(advice);
  });
  it.each([
    'Fixed 14 bugs in the router',
    'Variously named variables were renamed',
    // Terms of art, not filler.
    'Added dynamic routing to the web server',
    'Taught dynamic programming to 30 students',
    'Resolved multiple inheritance conflicts in the SDK',
    'Plotted the efficient frontier for 40 portfolios',
    'Designed an energy-efficient cooling loop for 3 sites',
  ])('does not flag "%s"', (b) => {
    expect(check(filler, b)).toBeUndefined();
  });
});
