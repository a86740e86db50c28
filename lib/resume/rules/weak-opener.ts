import type { BulletRule } from '../schema';
import { describeNote, describeRewrite, describeTitle } from '../advice';
import { capitalize } from '../words';

/**
 * weak-opener: the bullet starts with a phrase that hides what the candidate did
 * ("Responsible for", "Helped", "Worked on", "Utilized", "Awarded" ...). Screeners read the first
 * word; a duty or a tool tells them nothing about the result.
 * Suggests the bullet rewritten around the verb it already hides ("Helped build" -> "Built", or
 * "Co-built" when the work was shared); when it hides none, a template in its own words.
 * Known false positives: "Supported" for a support role's real work ("Supported 40 customers a day").
 */
export const weakOpener: BulletRule = {
  id: 'weak-opener',
  check({ opener, text, english, rewrite }) {
    if (opener.kind !== 'weak' || !english) return undefined;
    const { weak, word } = opener;
    const message = `"${capitalize(word)}" ${weak.why}.`;
    const r = rewrite();
    if (r?.kind === 'note')
      return { rule: 'weak-opener', severity: 'info', ...describeNote(r, text) };
    let suggestion: string;
    if (r?.kind === 'title') {
      suggestion = describeTitle(r).suggestion;
    } else if (r?.kind === 'rewrite') {
      suggestion = `Start with the action: ${describeRewrite(r)}.`;
    } else if (
      weak.why === 'says someone else acted' ||
      weak.why.startsWith('says what you') ||
      /^(was|were)\s+(?!involved\b)\S+ed\b/i.test(text)
    ) {
      suggestion = `Lead with what you did to earn it, then what it changed: "<Verb> <what you did>, <result>".`;
    } else if (r?.kind === 'template' && r.focus) {
      // "what you did with <focus>" only where the focus is what the line acted on.
      suggestion = r.object
        ? `Start with what you did with ${r.focus}: ${describeRewrite(r)}.`
        : `Start with what you did: ${describeRewrite(r)}.`;
    } else {
      suggestion = 'Start with what you did: "<Verb> <what>, <result>".';
    }
    return { rule: 'weak-opener', severity: 'error', message, suggestion };
  },
};
