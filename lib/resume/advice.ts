import { readOpener } from './first-word';
import { rewriteBullet, type Rewrite } from './rewrite';
import { clip } from './words';

/** The words a finding shows for each kind of line and for a rewrite or template. */

/** The finding's words for a link or tagline line. */
export function describeNote(
  r: { note: 'link' | 'tagline' },
  text: string,
): {
  message: string;
  suggestion: string;
} {
  const quoted = text.length <= 120 ? `"${text}"` : 'This line';
  return r.note === 'link'
    ? {
        message: 'This line points to a link; it does not say what you did.',
        suggestion:
          'Put the link beside the project\'s name, and in the bullets say what you built and its result: "<Verb> <what you built>, <result>".',
      }
    : {
        message: `${quoted} reads as a tagline, not a bullet.`,
        suggestion:
          'Keep the tagline under the project\'s name if you like; in the bullets, say what you built and its result: "<Verb> <what you built>, <result>".',
      };
}

/** The finding's words for a role or award line. */
export function describeTitle(t: { title: string; award: boolean }): {
  message: string;
  suggestion: string;
} {
  return t.award
    ? {
        message: `"${t.title}" reads as an award, not a bullet.`,
        suggestion:
          'Keep it under an Awards heading, or lead with what earned it: "<Verb> <what you did>, <result>".',
      }
    : {
        message: `"${t.title}" reads as a role title, not a bullet.`,
        suggestion:
          'Make the role the heading of this entry, with its dates, and start each bullet under it with what you did: "<Verb> <what>, <result>".',
      };
}

/**
 * The finding's words for a heading line. A title in front of a bullet that opens with a verb
 * ("Coordinator, Chess Club, 2019: Ran weekly lessons") is named, and the bullet after it is
 * read on its own; a title followed by a description ("Tidewatch - iOS app for tide tables")
 * reads as a project's title.
 */
export function describeHeading(text: string): { message: string; suggestion: string } {
  const cut = /\s+[-–—|:]\s+|:\s+/.exec(text);
  const title = cut ? text.slice(0, cut.index) : text;
  const body = cut ? text.slice(cut.index + cut[0].length) : '';
  const next = readOpener(body);
  if (title.length <= 80 && ['strong', 'weak', 'present', 'gerund', 'adverb'].includes(next.kind)) {
    const message = `"${title}" reads as a title in front of the bullet.`;
    const put = `Put "${title}" on its own line as a heading, and start the bullet with`;
    if (next.kind === 'strong') {
      const word = next.word.replace(/[^\p{L}-]+$/u, '');
      return { message, suggestion: `${put} "${word}".` };
    }
    // "Awarded …", "Selected …": someone else acted; the bullet needs what earned it.
    if (next.kind === 'weak' && /^says (?:someone else acted|what you)/.test(next.weak.why))
      return {
        message,
        suggestion: `${put} what you did to earn it: "<Verb> <what you did>, <result>".`,
      };
    const r = rewriteBullet(body);
    // The bullet's first words are enough to show where it starts.
    if (r?.kind === 'rewrite')
      return { message, suggestion: `${put} the action: "${clip(r.text)}".` };
    const shown = r?.kind === 'template' ? describeRewrite(r) : '"<Verb> <what>, <result>"';
    return { message, suggestion: `${put} what you did: ${shown}.` };
  }
  return {
    message:
      text.length <= 120
        ? `"${text}" reads as a project title, not a bullet.`
        : 'This line reads as a project title, not a bullet.',
    suggestion:
      'Keep it as a heading; under it, describe what you built and its result: "<Verb> <what you built>, <result>".',
  };
}

/** The rewrite or template as the sentence a finding shows (quoted). */
export function describeRewrite(r: Rewrite): string {
  if (r.kind === 'rewrite') {
    return r.co ? `"${r.text}" (or "${r.co}" if the work was shared)` : `"${r.text}"`;
  }
  if (r.kind === 'title' || r.kind === 'note') return '"<Verb> <what>, <result>"';
  return `"${r.text}"`;
}
