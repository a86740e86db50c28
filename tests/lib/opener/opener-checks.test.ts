import { describe, expect, it } from 'vitest';
import {
  lengthChecks,
  levelChecks,
  profileChecks,
  reasonChecks,
} from '../../../lib/opener/opener-checks';
import { ProfileSchema } from '../../../lib/profile/schema';

const profile = ProfileSchema.parse({
  currentRole: 'SDE',
  yearsExperience: 3,
  domain: 'ads',
  targetLevel: 'L5',
  reason: 'I build ad auctions and want to see one at this scale.',
});

describe('reasonChecks', () => {
  it.each([
    'Great company',
    'Amazon has an innovative culture and is a big brand',
    'It is my dream company',
  ])('errors on %j', (reason) => {
    const [check] = reasonChecks({ ...profile, reason }, '');
    expect(check?.id).toBe('generic-reason');
    expect(check?.severity).toBe('error');
  });

  it("accepts a stock phrase when the reason names the posting's team", () => {
    expect(
      reasonChecks(
        { ...profile, reason: 'Great culture on the Sponsored Ads team' },
        'Sponsored Ads',
      ),
    ).toEqual([]);
  });

  it('says the reason sentence itself should name the product the profile lists', () => {
    const withProduct = {
      ...profile,
      reason: 'Amazon has an innovative culture',
      amazonProducts: [{ name: 'Kindle', why: '' }],
    };
    const [check] = reasonChecks(withProduct, '');
    expect(check?.message).toContain('the reason sentence itself does not name “Kindle”');
    expect(check?.message).not.toContain('names no product');
    const [both] = reasonChecks(withProduct, 'Sponsored Ads');
    expect(both?.message).toContain('names none of “Kindle” or “Sponsored Ads”');
  });

  it('warns when there is neither a reason nor a product', () => {
    expect(reasonChecks({ ...profile, reason: '' }, '')[0]?.id).toBe('missing-reason');
  });
});

describe('lengthChecks', () => {
  it.each([
    [150, 60, 'standard', []],
    [301, 120, 'standard', ['over-target']],
    [302, 121, 'standard', ['too-long']],
    [80, 32, 'short', ['over-target']],
    [70, 28, 'short', []],
  ] as const)('%i words / %i s as %s gives %j', (words, seconds, variant, ids) => {
    expect(lengthChecks(words, seconds, variant).map((c) => c.id)).toEqual(ids);
  });
});

describe('levelChecks', () => {
  it('says both levels and what to do when the target is above the posting', () => {
    const [check] = levelChecks({ ...profile, targetLevel: 'L6' }, 'L5', 'software-engineer');
    expect(check?.message).toContain('L6 (SDE III / Senior SDE)');
    expect(check?.message).toContain('reads as L5 (SDE II)');
    expect(check?.message).toContain('an offer from it would be at L5 (SDE II)');
  });
  it('says what a higher posting means without telling the user to change the level they claim (issue 20)', () => {
    const [check] = levelChecks({ ...profile, targetLevel: 'L5' }, 'L6', 'engineering-manager');
    expect(check?.message).toBe(
      'This posting reads as L6, above your target of L5: the loop would hold you to the L6 bar, with more scope and ownership than L5 asks. Apply if your work already shows that; otherwise an L5 posting fits better.',
    );
    expect(check?.message).not.toMatch(/Say you are targeting/);
  });
  it('is quiet when they agree or either is unknown', () => {
    expect(levelChecks(profile, 'L5', 'software-engineer')).toEqual([]);
    expect(levelChecks(profile, 'unknown', 'software-engineer')).toEqual([]);
    expect(levelChecks({ ...profile, targetLevel: 'something' }, 'L5', undefined)).toEqual([]);
  });
});

describe('profileChecks', () => {
  it('names the empty fields', () => {
    const [check] = profileChecks({ ...profile, domain: '' });
    expect(check?.message).toBe(
      'Your profile has no domain: the opener leaves it out. Fill it in on the profile page.',
    );
  });
});

// Read aloud by a new user (issue 20): naming the company, or shopping there, is not a reason.
describe('reasonChecks: the company name is not specific', () => {
  it.each([
    {
      amazonProducts: [{ name: 'Amazon', why: '' }],
      reason: 'A great company with an innovative culture.',
    },
    { amazonProducts: [{ name: 'Amazon', why: 'I buy everything there' }], reason: '' },
    { amazonProducts: [], reason: 'I use Amazon myself: I buy everything there.' },
  ])('flags $reason / $amazonProducts', (p) => {
    expect(reasonChecks({ ...profile, ...p }, '').map((c) => c.id)).toEqual(['generic-reason']);
  });

  it('keeps a reason that names a product and why', () => {
    const p = {
      amazonProducts: [{ name: 'AWS Lambda', why: 'we run our webhooks on it' }],
      reason: 'I want to work on payment systems at scale.',
    };
    expect(reasonChecks({ ...profile, ...p }, '')).toEqual([]);
  });
});
