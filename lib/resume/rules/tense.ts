import type { BulletRule } from '../schema';
import { rewrite, toPast } from '../suggest';

/**
 * tense: a present-tense ("Develop", "Leads") or -ing ("Developing") opener outside the
 * current role. Past roles read in the past tense; a bullet checked on its own counts as past.
 * Known false positives: a noun that looks like a verb ("Design lead for ...") in a past role.
 */
export const tense: BulletRule = {
  id: 'tense',
  check({ opener, current, english }) {
    if (current || !english || (opener.kind !== 'present' && opener.kind !== 'gerund'))
      return undefined;
    const form = opener.kind === 'gerund' ? 'an -ing form' : 'the present tense';
    return {
      rule: 'tense',
      severity: 'warning',
      message: `"${opener.word}" is ${form}; a past role reads in the past tense.`,
      suggestion: `Use the past tense: ${rewrite(toPast(opener.word), opener.rest)}.`,
    };
  },
};
