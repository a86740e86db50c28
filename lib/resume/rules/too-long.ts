import type { BulletRule } from '../schema';

/**
 * too-long: over 30 words (about two printed lines). A screener skims; long bullets bury
 * the result. Suggests where to split: at the first "and"/";"/sentence break past word 10.
 * Known false positives: bullets that are one long list of technologies (those also want cutting).
 */
export const maxWords = 30;

export const tooLong: BulletRule = {
  id: 'too-long',
  check({ tokens }) {
    if (tokens.length <= maxWords) return undefined;
    const splitAt = tokens.findIndex(
      (t, i) => i >= 10 && (/[;.]$/.test(t) || /^(and|while|which)$/i.test(tokens[i + 1] ?? '')),
    );
    const cut =
      splitAt > 0
        ? `after "${tokens.slice(Math.max(0, splitAt - 2), splitAt + 1).join(' ')}"`
        : 'at the second idea';
    return {
      rule: 'too-long',
      severity: 'warning',
      message: `${tokens.length} words: over ${maxWords} words (about two lines) buries the result.`,
      suggestion: `Keep one action and its result in 30 words or fewer: split it ${cut}, or cut the tool list to the two that matter.`,
    };
  },
};
