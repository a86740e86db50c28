import type { BulletRule } from '../schema';

/**
 * too-short: under 5 words. Too short to say what was done, how, and with what result.
 * Known false positives: intentional one-liners in a skills or awards list.
 */
export const minWords = 5;

export const tooShort: BulletRule = {
  id: 'too-short',
  check({ tokens, english }) {
    if (!english || tokens.length === 0 || tokens.length >= minWords) return undefined;
    return {
      rule: 'too-short',
      severity: 'info',
      message: `Only ${tokens.length} word${tokens.length === 1 ? '' : 's'}: too short to show what changed.`,
      suggestion:
        'Add what you did, how, and the result: "<verb> <what> using <how>, <result with a number>".',
    };
  },
};
