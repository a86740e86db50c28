import type { BulletRule } from '../schema';
import { describeRewrite, describeTitle, rewriteBullet } from '../suggest';

/**
 * tense: a present-tense ("Develop", "Leads") or -ing ("Developing") opener outside the
 * current role. Past roles read in the past tense; a bullet checked on its own counts as past.
 * The rewrite puts every coordinated verb in the past too ("Created and maintained").
 * Known false positives: a noun that looks like a verb ("Design lead for ...") in a past role.
 */
export const tense: BulletRule = {
  id: 'tense',
  check({ opener, text, current, english }) {
    if (current || !english || (opener.kind !== 'present' && opener.kind !== 'gerund'))
      return undefined;
    const form = opener.kind === 'gerund' ? 'an -ing form' : 'the present tense';
    const r = rewriteBullet(text);
    if (r?.kind === 'title') return { rule: 'tense', severity: 'info', ...describeTitle(r) };
    if (r?.kind === 'heading') {
      // "Troubleshooting: Interrogated ...": a title in front of the bullet, not a verb.
      const title = text.split(/\s+[-–—|]\s+|:\s+/)[0] ?? '';
      return {
        rule: 'tense',
        severity: 'info',
        message: `"${title}" reads as a title in front of the bullet.`,
        suggestion: `Put "${title}" on its own line as a heading, and start the bullet with what you did, in the past tense.`,
      };
    }
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
