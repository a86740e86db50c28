import type { BulletRule } from '../schema';
import { focusOf } from '../template';
import { capitalize } from '../words';
import { firstPersonPlural, firstPersonSingular } from '../../text/word-lists';
import { describeHeading, describeNote, describeRewrite, describeTitle } from '../advice';

const pronouns: ReadonlySet<string> = new Set([...firstPersonSingular, ...firstPersonPlural]);

/** Words and titles are quoted back only when short: a pasted log line is not read back whole. */
const quotable = (text: string, max: number) => text.length <= max;

/**
 * no-action-verb: the bullet opens with a noun phrase ("Creation of ...", "Backend for ..."),
 * an adjective ("Scalable ...") or an adverb ("Successfully launched ..."). Recruiters scan the
 * first word for an action.
 * The rewrite drops an adverb or pronoun, or turns a noun that hides the bullet's own verb into
 * it ("Creation of X" -> "Created X", "Design and development of X" -> "Designed and developed
 * X"); otherwise a template in the bullet's own words. A project title line ("Tidewatch - iOS app
 * for tide tables") is treated as a heading; a title in front of a bullet ("Captain, Chess Club,
 * 2019: Ran ...") is named and the bullet after it read on its own; a link or tagline line
 * ("Written in Go * github.com/...", "No sign-up, no ads - runs on your phone") is named as such.
 * These lines that are not bullets are this rule's whatever their first word looks like, in
 * the current role too: "Head TA for CS24" opens with a present-tense-looking "Head", but its
 * problem is that it names a role, not a tense.
 * Known false positives: project titles written without a dash ("Chess engine in Rust").
 */
const verbLike = new Set(['present', 'gerund']);

export const noActionVerb: BulletRule = {
  id: 'no-action-verb',
  check({ opener, text, english, rewrite, passive }) {
    if (!english) return undefined;
    const opensOddly =
      opener.kind === 'adverb' || opener.kind === 'noun' || opener.kind === 'adjective';
    if (!opensOddly && !verbLike.has(opener.kind)) return undefined;
    const r = rewrite();
    if (r?.kind === 'note')
      return { rule: 'no-action-verb', severity: 'info', ...describeNote(r, text) };
    if (r?.kind === 'title')
      return { rule: 'no-action-verb', severity: 'info', ...describeTitle(r) };
    if (r?.kind === 'heading')
      return { rule: 'no-action-verb', severity: 'info', ...describeHeading(text) };
    // A present-tense or -ing opener of a real bullet is the tense rule's.
    if (!opensOddly) return undefined;
    const kindWord =
      opener.kind === 'adverb'
        ? 'the adverb'
        : pronouns.has(opener.word.toLowerCase())
          ? 'the pronoun'
          : opener.kind === 'noun'
            ? 'a noun phrase'
            : 'an adjective';
    // "The" alone names nothing: an article is quoted with a short noun phrase ("The backend").
    const article = /^(?:the|a|an)$/i.test(opener.word);
    const phrase = article ? capitalize(focusOf(text, true)) : '';
    // Up to three words: a longer cut runs into the line's own verb ("The first tool ran …").
    const size = phrase.split(' ').length;
    const quoted = size > 1 && size <= 3 ? phrase : opener.word;
    const message = quotable(quoted, 40)
      ? `Opens with ${kindWord} ("${quoted}") instead of an action verb.`
      : `Opens with ${kindWord} instead of an action verb.`;
    let suggestion: string;
    // Only a passive in the line's first clause ("Server side was implemented …") replaces the
    // advice; "Solely developed the app, which was used by 1,000 members" has its own verb.
    if (passive()?.firstClause) {
      suggestion = 'Start with your own verb instead of the thing you made (see "Passive voice").';
    } else if (r?.kind === 'rewrite') {
      suggestion =
        opener.kind === 'adverb'
          ? `Drop the adverb and let the result show it: ${describeRewrite(r)}.`
          : `Start with the verb: ${describeRewrite(r)}.`;
    } else if (r?.kind === 'template' && r.focus) {
      // "what you did with <focus>" only where the focus is what the line acted on.
      suggestion = r.object
        ? `Start with what you did with ${r.focus}: ${describeRewrite(r)}.`
        : `Start with what you did: ${describeRewrite(r)}.`;
    } else {
      suggestion = 'Start with what you did: "<Verb> <what>, <result>".';
    }
    return { rule: 'no-action-verb', severity: 'warning', message, suggestion };
  },
};
