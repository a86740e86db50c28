import type { BulletRule } from '../schema';
import { describeRewrite } from '../advice';

/**
 * tense: a present-tense ("Develop", "Leads") or -ing ("Developing") opener outside the
 * current role. Past roles read in the past tense; a bullet checked on its own counts as past.
 * The rewrite puts every coordinated verb in the past too ("Created and maintained").
 * A noun that is also a verb ("File server with ...", "Frontend in React") is read as a noun
 * phrase by the opener (first-word.ts), so it is no-action-verb's, not this rule's.
 * Known false positives: a noun-verb compromise reads as a verb ("Code review for the team").
 */
export const tense: BulletRule = {
  id: 'tense',
  check({ opener, current, english, rewrite }) {
    if (current || !english || (opener.kind !== 'present' && opener.kind !== 'gerund'))
      return undefined;
    const form = opener.kind === 'gerund' ? 'an -ing form' : 'the present tense';
    const r = rewrite();
    // A role, award, heading, link or tagline line ("Head TA for CS24", "Troubleshooting:
    // Interrogated ...") is not a tense problem: no-action-verb says what it is.
    if (r?.kind === 'note' || r?.kind === 'title' || r?.kind === 'heading') return undefined;
    return {
      rule: 'tense',
      severity: 'warning',
      message: `"${opener.word}" is ${form}; a past role reads in the past tense.`,
      suggestion:
        r?.kind === 'rewrite'
          ? `Use the past tense: ${describeRewrite(r)}.`
          : r?.kind === 'template'
            ? `Start with what you did, in the past tense: ${describeRewrite(r)}.`
            : 'Start with what you did, in the past tense: "<Verb> <what>, <result>".',
    };
  },
};
