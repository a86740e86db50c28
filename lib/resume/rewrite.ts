import { danglingWords } from '../text/clauses';
import { irregularPasts, prepositions } from '../text/word-lists';
import { lineKindOf, type LineKind } from './line-kind';
import { template, type Template } from './template';
import {
  conjugateVerbs,
  type Form,
  formOf,
  isVerb,
  isVerbAfterTo,
  objectStart,
  opensWithPlainVerb,
} from './verb-forms';
import { nlpEngine } from '../nlp/engine';
import { verbsInContext } from '../nlp/resume';
import {
  leadIns,
  nounOpeners,
  nounToVerb,
  nounVerbs,
  plainVerbs,
  toolLeadIns,
  weakOpeners,
} from './verbs';
import { bare, capitalize, conjugatePast, stripEnd, strongBaseOf, strongPasts } from './words';
import { trimEndMatching } from '../text/trim-end';
import { readOpener, type Opener } from './first-word';

/**
 * Rewrites of a bullet that are safe, or none. A rewrite may only
 * (a) drop a weak lead-in and put the bullet's OWN main verb in the past tense
 *     ("Responsible for maintaining X" -> "Maintained X", "Helped develop X" -> "Developed X"),
 * (b) put every verb coordinated with it in the past tense too ("Created and maintained"),
 * (c) move "I"/"we"/"our team" out ("Our team built X" -> "Built X with the team").
 * It never puts in a verb the bullet does not contain. The only replacement is the "Co-" the
 * weak-opener table (`co` in verbs.ts) allows for shared work ("Helped develop" -> "Co-developed").
 * Where no safe rewrite exists the answer is a template in the user's own words with a
 * "<Verb>" slot; a project title line is reported as a heading, a role or award as a title, and a
 * line that only points to a link, or a product's tagline, as a note.
 */

export type Rewrite =
  /** `text` is the whole bullet rewritten; `co` the "Co-" form when the lead-in hid shared work. */
  { kind: 'rewrite'; text: string; co?: string } | Template | LineKind;

/** Adverbs dropped from the start ("Actively involved in ..."). */
const leadAdverbs =
  /^(?:(?:actively|also|directly|heavily|primarily|closely|mainly|partly|personally|successfully|then|later|further|additionally|independently|effectively|significantly)\s+)+/i;
/** Auxiliaries before a lead-in ("Was responsible for ..."). */
const auxiliaries = /^(?:(?:was|were|am|is|are|been|being|have been|had been)\s+)/i;
const pronounStart = /^(?:I|We)\s+/;
const teamStart =
  /^(?:My|Our)\s+((?:[\w&-]+\s+){0,2}?(?:team|group|squad|lab|department|company|startup))\s+/i;
const teamClause =
  /^(?:the|a|an|our|my)\s+((?:[\w&-]+\s+){0,2}?(?:team|group|squad|task force|taskforce))\s+(?:that|which|who)\s+/i;

/**
 * The "Co-" forms a careful editor writes; "Co-" is offered for shared work only with these
 * ("Co-supported" and "Co-resolved" are not words).
 */
const coVerbs: ReadonlySet<string> = new Set([
  'authored',
  'built',
  'chaired',
  'created',
  'designed',
  'developed',
  'directed',
  'edited',
  'founded',
  'hosted',
  'invented',
  'led',
  'managed',
  'organized',
  'organised',
  'owned',
  'presented',
  'produced',
  'published',
  'supervised',
  'taught',
  'wrote',
]);

const leadInRe = new RegExp(
  `^(${[...leadIns]
    .map((l) => l.phrase)
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/\s+/g, '\\s+'))
    .join('|')})\\s+`,
  'i',
);
const toolRe = new RegExp(
  `^(?:${toolLeadIns.join('|')})\\s+(.{1,60}?)\\s+to\\s+([a-z][a-z-]*)\\s+(.+)$`,
  'i',
);

/** Numbers, names and technical tokens a rewrite must keep (the first word is only capitalised by position). */
export function keptTokens(text: string): string[] {
  const tokens = text.split(/\s+/).filter(Boolean).slice(1);
  return tokens
    .map((t) => trimEndMatching(t.replace(/^[^\p{L}\p{N}$€£₹#.]+/u, ''), /[^\p{L}\p{N}%+#]/u))
    .filter((t) => t && t !== 'I' && (/\d/.test(t) || /[A-Z]/.test(t) || /[+#/.]\w/.test(t)));
}

/** The checks every rewrite passes; a candidate that fails them becomes a template instead. */
export function isSafeRewrite(original: string, rewrite: string): boolean {
  const kept = keptTokens(original).filter((t) => !/^(My|Our|We)$/.test(t));
  if (!kept.every((t) => rewrite.includes(t))) return false;
  const last = bare(rewrite.split(/\s+/).at(-1) ?? '');
  if (!last || danglingWords.has(last)) return false;
  const first = bare(rewrite.split(/\s+/)[0] ?? '').replace(/^co-/, '');
  return strongPasts.has(first) || /ed$/.test(first) || Boolean(first);
}

/** Finds a safe rewrite of a bullet that opens weakly, or a template when there is none. */
export function rewriteBullet(text: string): Rewrite | undefined {
  const original = text.trim();
  return rewriteLine(original, lineKindOf(original));
}

/**
 * `rewriteBullet` for a line already read: `kind` is what the line is, `opener` how the trimmed
 * line opens (read again only when it is not given or the start of the line was taken out).
 */
export function rewriteLine(
  original: string,
  kind: LineKind | undefined,
  opener?: Opener,
): Rewrite | undefined {
  if (kind) return kind;
  const line = openingStripped(original);
  return (
    rewriteLeadIn(line) ??
    rewriteNounOpener(line) ??
    rewriteWeakVerb(line) ??
    rewritePlain(line, line.s === original ? opener : undefined)
  );
}

/** A line with its adverbs, "I"/"we" and "My team" moved out of the way. */
interface Stripped {
  original: string;
  /** The line from its first word that may be a verb. */
  s: string;
  /** What goes at the end of the rewrite for the pronoun taken out (" with the team"). */
  tail: string;
  /** Whether anything was taken out. */
  changed: boolean;
  hasNumber: boolean;
}

function openingStripped(original: string): Stripped {
  let s = original.replace(leadAdverbs, '');
  let tail = '';
  let changed = s !== original;
  const team = teamStart.exec(s);
  if (team) {
    s = s.slice(team[0].length);
    tail = ` with the ${team[1]?.toLowerCase()}`;
    changed = true;
  } else if (pronounStart.test(s)) {
    if (/^We\s/.test(s)) tail = ' with the team';
    s = s.replace(pronounStart, '');
    changed = true;
  }
  // With the pronoun gone, "our CI" reads as "the CI".
  if (changed && (team || tail)) s = s.replace(/\b(?:our|my)\b/g, 'the');
  s = s.replace(leadAdverbs, '');
  // "Strategically implemented X": an -ly adverb before a verb goes.
  const ly = /^([A-Za-z]{3,}ly(?:,?\s+and\s+[a-z]{3,}ly)?)\s+(\S+)/.exec(s);
  // A listed verb in the present goes too: "Experimentally validates X" -> "Validated X".
  const lyForm = formOf(ly?.[2] ?? '');
  if (
    ly &&
    (lyForm !== 'base' || strongBaseOf(bare(ly[2] ?? '')) !== undefined) &&
    isVerb(ly[2] ?? '', lyForm, s)
  ) {
    s = s.slice((ly[1] ?? '').length).trim();
    changed = true;
  }
  return { original, s, tail, changed, hasNumber: /\d/.test(original) };
}

/** "As part of X, did Y", "Used X to do Y", "Responsible for doing Y": the line's own verb behind a lead-in. */
function rewriteLeadIn({ original, s, tail, hasNumber }: Stripped): Rewrite | undefined {
  // "As part of the design team, created X" -> "Created X as part of the design team".
  const partOf = /^As\s+(?:a\s+)?part\s+of\s+((?:the|a|an)\s+[^,]{1,50}),\s+(\S+)\s+(.+)$/i.exec(s);
  if (partOf && isVerb(partOf[2] ?? '', 'past', s)) {
    const body = stripEnd(`${partOf[2]} ${partOf[3]}`);
    return finish(original, `${body} as part of ${partOf[1]}${tail}`, false, s);
  }
  const tool = toolRe.exec(s);
  if (tool && !/\bto\b/i.test(tool[1] ?? '') && isVerbAfterTo(tool[2] ?? '', s)) {
    const using = (tool[1] ?? '').replace(/\b(my|our)\s+/gi, '').replace(/[,;]$/, '');
    const body = stripEnd(`${tool[2]} ${tool[3]}`);
    // "… using Firebase as the backend": a second "using" would read twice.
    const joiner = /\busing\b/i.test(body) ? 'with' : 'using';
    return finish(
      original,
      `${conjugateVerbs(body)} ${joiner} ${using}${tail}`,
      false,
      s.replace(/^\S+\s+/, ''),
    );
  }
  const lead = leadInRe.exec(s.replace(auxiliaries, ''));
  if (!lead) return undefined;
  const entry = leadIns.find(
    (l) => l.phrase === (lead[1] ?? '').toLowerCase().replace(/\s+/g, ' '),
  );
  const co = entry?.co ?? false;
  let rest = s.replace(auxiliaries, '').slice(lead[0].length);
  const clause = teamClause.exec(rest);
  if (clause) {
    const after = rest.slice(clause[0].length);
    if (isVerb(after.split(/\s+/)[0] ?? '', 'past', after)) {
      return finish(
        original,
        `${conjugateVerbs(stripEnd(after))} with the ${clause[1]?.toLowerCase()}${tail}`,
        false,
        rest,
      );
    }
    return template(rest, hasNumber);
  }
  rest = rest.replace(/^(?:to|and)\s+/i, '');
  // "Contributed to the migration of X" -> "Migrated X": the noun hides the bullet's own verb.
  const hidden = /^(?:the\s+)?([a-z]+)\s+of\s+(.+)$/i.exec(rest);
  const hiddenVerb = nounToVerb[(hidden?.[1] ?? '').toLowerCase()];
  if (hidden && hiddenVerb && sharesStem((hidden[1] ?? '').toLowerCase(), hiddenVerb)) {
    const body = stripEnd(hidden[2] ?? '');
    return finish(original, `${capitalize(conjugatePast(hiddenVerb))} ${body}${tail}`, co, body);
  }
  const first = rest.split(/\s+/)[0] ?? '';
  const forms: Form[] = entry?.takes === 'base' ? ['base', 'gerund'] : ['gerund'];
  if (forms.some((f) => isVerb(first, f, rest))) {
    return finish(original, `${conjugateVerbs(stripEnd(rest))}${tail}`, co, rest);
  }
  return template(rest, hasNumber);
}

/** "Design and development of X" -> "Designed and developed X"; "Creation of X" -> "Created X". */
function rewriteNounOpener({ original, s, tail }: Stripped): Rewrite | undefined {
  const first = s.split(/\s+/)[0] ?? '';
  const firstBare = bare(first);
  // Both verbs are the bullet's own.
  const pair = /^([a-z]+)\s+(?:and|&)\s+([a-z]+)\s+of\s+(.+)$/i.exec(s);
  const pairVerbs = [pair?.[1], pair?.[2]].map((w) => {
    const noun = (w ?? '').toLowerCase();
    const verb = nounToVerb[noun];
    return verb && sharesStem(noun, verb) ? conjugatePast(verb) : '';
  });
  if (pair && pairVerbs.every(Boolean)) {
    const body = stripEnd(pair[3] ?? '');
    return finish(original, `${capitalize(pairVerbs.join(' and '))} ${body}${tail}`, false, body);
  }
  const noun = nounToVerb[firstBare];
  if (noun && sharesStem(firstBare, noun) && /^of\s/i.test(s.slice(first.length).trim())) {
    // The bullet's own verb, in noun form.
    const body = s
      .slice(first.length)
      .trim()
      .replace(/^of\s+/i, '');
    return finish(
      original,
      `${capitalize(conjugatePast(noun))} ${stripEnd(body)}${tail}`,
      false,
      body,
    );
  }
  return undefined;
}

/** A weak verb with no verb of the bullet's own behind it ("Handled employee queries"). */
function rewriteWeakVerb({ original, s, tail, hasNumber }: Stripped): Rewrite | undefined {
  const lower = s.toLowerCase();
  const weak = weakOpeners.find((w) => lower.startsWith(`${w.phrase} `) || lower === w.phrase);
  if (!weak) return undefined;
  const rest = s.slice(weak.phrase.length).trim();
  // "Attended and presented at X": the second verb is the bullet's own.
  const and = /^and\s+(\S+)/i.exec(rest);
  if (and && isVerb(and[1] ?? '', 'past', rest)) {
    return finish(original, `${conjugateVerbs(stripEnd(rest.slice(4)))}${tail}`, false, rest);
  }
  // "Worked with management to resolve issues" -> "Resolved issues with management";
  // "Worked with a team of 3 and implemented X" -> "Implemented X with a team of 3".
  const partner =
    /^(?:[a-z]{3,}ly\s+)?with\s+([^,;:]{1,60}?)\s+(?:to\s+([a-z]+)|and\s+([a-z]+))\s+(.+)$/i.exec(
      rest,
    );
  const verb = partner?.[2] ?? partner?.[3] ?? '';
  const own = partner?.[2] ? isVerbAfterTo(verb, rest) : isVerb(verb, 'past', rest);
  const weakVerb = /^(?:get|got|do|did|make|made|have|had|help|helped|be)$/i.test(verb);
  if (partner && own && !weakVerb && !/\b(?:to|and)\b/i.test(partner[1] ?? '')) {
    const with_ = (partner[1] ?? '').replace(/^(?:my|our)\s+/i, 'the ');
    // "with X" goes before a trailing clause: "… a line of 25 with a manufacturer, which sold …".
    // (A comma that only separates list items is not such a clause.)
    const body = conjugateVerbs(stripEnd(`${verb} ${partner[4]}`));
    const clauseAt = body.search(/, (?=(?:which|where|who|while|[a-z]{3,}ing)\b)/);
    const rewritten =
      clauseAt < 0
        ? `${body} with ${with_}${tail}`
        : `${body.slice(0, clauseAt)} with ${with_}${tail}${body.slice(clauseAt)}`;
    return finish(original, rewritten, false, rest);
  }
  return template(rest, hasNumber);
}

/** The line's own first word: put in the past tense, or a template when it is a noun. */
function rewritePlain(
  { original, s, tail, changed, hasNumber }: Stripped,
  opener: Opener | undefined,
): Rewrite | undefined {
  const first = s.split(/\s+/)[0] ?? '';
  const form = formOf(first);
  const next = s.split(/\s+/)[1] ?? '';
  if (
    form === 'base' &&
    (readsAsNoun(bare(first), next, s) || (opener ?? readOpener(s)).kind === 'noun')
  )
    return template(s, hasNumber, !changed);
  if (isVerb(first, form, s) && opensWithPlainVerb(first)) {
    if (form === 'past' && !changed) return undefined;
    return finish(original, `${conjugateVerbs(stripEnd(s))}${tail}`, false, s);
  }
  if (!changed && form === 'past') return undefined;
  return template(s, hasNumber, !changed);
}

/**
 * Whether a base-form opener is a noun here, so putting it in the past tense would invent a verb
 * ("Frontend web development" -> "Frontended", "Research paper accepted" -> "Researched paper"):
 * a noun-verb before a preposition; an unlisted word not followed by an object; or, once
 * compromise has loaded, a word it does not read as a verb in this sentence.
 */
function readsAsNoun(word: string, next: string, context: string): boolean {
  if (nounOpeners.has(word) && !objectStart.test(next)) return true;
  const preposition = prepositions.has(next.toLowerCase());
  const base =
    strongBaseOf(word) ??
    [word, word.replace(/e?s$/, ''), word.replace(/s$/, '')].find(
      (w) => plainVerbs.has(w) || irregularPasts[w] !== undefined,
    );
  if (base === undefined) return preposition || !objectStart.test(next);
  if (!nounVerbs.has(base)) return false;
  return preposition || (nlpEngine() !== undefined && !verbsInContext(context).has(word));
}

function sharesStem(noun: string, verb: string): boolean {
  const n = Math.min(noun.length, verb.length, 5) - 1;
  return n >= 4 && noun.slice(0, n) === verb.slice(0, n);
}

function finish(original: string, candidate: string, co: boolean, rest: string): Rewrite {
  const text = capitalize(candidate.trim());
  if (!/^\S+\s+\S/.test(text) || /^(using|with)\b/i.test(text) || !isSafeRewrite(original, text))
    return template(rest, /\d/.test(original), rest === original);
  const [verb = '', ...words] = text.split(' ');
  if (!co || !coVerbs.has(verb.toLowerCase())) return { kind: 'rewrite', text };
  return { kind: 'rewrite', text, co: [`Co-${verb.toLowerCase()}`, ...words].join(' ') };
}
