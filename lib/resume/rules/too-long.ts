import type { BulletRule } from '../schema';
import { bare, strongPasts } from '../words';

/**
 * too-long: over 30 words (about two printed lines). A screener skims; long bullets bury
 * the result. Suggests where to split: at the first sentence break (". " or ";") past word 8,
 * else before a "which"/"while" clause or before ", and" with a verb in the past ("…, and added
 * alarms"). Any other "and" is not a split point: it usually ends a list ("execute programs,
 * store data, and communicate"). The tool list is mentioned only when the
 * bullet has one (three or more short named items between commas).
 * Known false positives: none known; long bullets that are one list of technologies get both hints.
 */
export const maxWords = 30;

/** Three or more short comma-separated items with a capital or a digit: "React, Redux, Node.js". */
function hasToolList(text: string): boolean {
  const items = text.split(/,\s*|\s+and\s+|\s*&\s*/);
  let run = 0;
  for (const item of items) {
    const words = item.trim().split(/\s+/);
    const named = words.length <= 3 && /[A-Z0-9]/.test(item) && !/[.;:]\s/.test(item);
    run = named ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

export const tooLong: BulletRule = {
  id: 'too-long',
  check({ tokens, text }) {
    if (tokens.length <= maxWords) return undefined;
    const sentenceEnd = tokens.findIndex(
      (t, i) => i >= 8 && i < tokens.length - 4 && /[;.]$/.test(t) && !/\.\w/.test(t),
    );
    const clause = tokens.findIndex((t, i) => {
      if (i < 8 || !/,$/.test(t)) return false;
      const next = tokens[i + 1] ?? '';
      if (/^(which|while|where)$/i.test(next)) return true;
      const verb = bare(tokens[i + 2] ?? '');
      return /^and$/i.test(next) && (strongPasts.has(verb) || /[a-z]{3,}ed$/.test(verb));
    });
    const splitAt = sentenceEnd > 0 ? sentenceEnd : clause;
    const quote = tokens
      .slice(Math.max(0, splitAt - 2), splitAt + 1)
      .join(' ')
      .replace(/,$/, '');
    const split =
      splitAt > 0
        ? `split it after "${quote}"`
        : 'split it into two bullets, one action and its result each';
    const tools = hasToolList(text) ? ', or cut the tool list to the two that matter' : '';
    return {
      rule: 'too-long',
      severity: 'warning',
      message: `${tokens.length} words: over ${maxWords} words (about two lines) buries the result.`,
      suggestion: `Keep one action and its result in 30 words or fewer: ${split}${tools}.`,
    };
  },
};
