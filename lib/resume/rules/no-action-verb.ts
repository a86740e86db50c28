import { findPassive } from './passive-voice';
import { readOpener } from '../first-word';
import type { BulletRule } from '../schema';
import { describeRewrite, describeTitle, rewriteBullet } from '../suggest';

const pronouns = /^(i|we|my|our)$/i;

/** Words and titles are quoted back only when short: a pasted log line is not read back whole. */
const quotable = (text: string, max: number) => text.length <= max;

/**
 * no-action-verb: the bullet opens with a noun phrase ("Creation of ...", "Backend for ..."),
 * an adjective ("Scalable ...") or an adverb ("Successfully launched ..."). Recruiters scan the
 * first word for an action.
 * The rewrite drops an adverb or pronoun, or turns a noun that hides the bullet's own verb into
 * it ("Creation of X" -> "Created X"); otherwise a template in the bullet's own words. A project
 * title line ("Tidewatch - iOS app for tide tables") is treated as a heading.
 * Known false positives: project titles written without a dash ("Chess engine in Rust").
 */
export const noActionVerb: BulletRule = {
  id: 'no-action-verb',
  check({ opener, text, english }) {
    if (!english) return undefined;
    if (opener.kind !== 'adverb' && opener.kind !== 'noun' && opener.kind !== 'adjective')
      return undefined;
    const r = rewriteBullet(text);
    if (r?.kind === 'title')
      return { rule: 'no-action-verb', severity: 'info', ...describeTitle(r) };
    if (r?.kind === 'heading') {
      const [title = '', ...body] = text.split(/\s+[-–—|:]\s+|:\s+/);
      const next = readOpener(body.join(' '));
      if (next.kind === 'strong' && quotable(title, 120)) {
        return {
          rule: 'no-action-verb',
          severity: 'info',
          message: `"${title}" reads as a title in front of the bullet.`,
          suggestion: `Put "${title}" on its own line as a heading, and start the bullet with "${next.word}".`,
        };
      }
      return {
        rule: 'no-action-verb',
        severity: 'info',
        message: quotable(text, 120)
          ? `"${text}" reads as a project title, not a bullet.`
          : 'This line reads as a project title, not a bullet.',
        suggestion: `Keep it as a heading; under it, describe what you built and its result: "${r.text}".`,
      };
    }
    const kindWord =
      opener.kind === 'adverb'
        ? 'the adverb'
        : pronouns.test(opener.word)
          ? 'the pronoun'
          : opener.kind === 'noun'
            ? 'a noun phrase'
            : 'an adjective';
    const message = quotable(opener.word, 40)
      ? `Opens with ${kindWord} ("${opener.word}") instead of an action verb.`
      : `Opens with ${kindWord} instead of an action verb.`;
    let suggestion: string;
    if (findPassive(text)) {
      suggestion = 'Start with your own verb instead of the thing you made (see "Passive voice").';
    } else if (r?.kind === 'rewrite') {
      suggestion =
        opener.kind === 'adverb'
          ? `Drop the adverb and let the result show it: ${describeRewrite(r)}.`
          : `Start with the verb: ${describeRewrite(r)}.`;
    } else if (r?.kind === 'template' && r.focus) {
      suggestion = `Start with what you did with ${r.focus}: ${describeRewrite(r)}.`;
    } else {
      suggestion = 'Start with what you did: "<Verb> <what>, <result>".';
    }
    return { rule: 'no-action-verb', severity: 'warning', message, suggestion };
  },
};
