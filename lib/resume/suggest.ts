import { nlpEngine } from '../nlp/engine';
import { danglingWords } from '../text/clauses';
import { pastOfVerb, verbsInContext } from '../nlp/resume';
import { irregularPasts, leadIns, nounToVerb, toolLeadIns, weakOpeners } from './verbs';
import { bare, capitalize, conjugatePast, strongBaseOf, strongBases, strongPasts } from './words';
import { trimEndMatching } from '../text/trim-end';

/**
 * Rewrites of a bullet that are safe, or none. A rewrite may only
 * (a) drop a weak lead-in and put the bullet's OWN main verb in the past tense
 *     ("Responsible for maintaining X" -> "Maintained X", "Helped develop X" -> "Developed X"),
 * (b) put every verb coordinated with it in the past tense too ("Created and maintained"),
 * (c) move "I"/"we"/"our team" out ("Our team built X" -> "Built X with the team").
 * It never puts in a verb the bullet does not contain. The only replacement is the "Co-" the
 * weak-opener table (`co` in verbs.ts) allows for shared work ("Helped develop" -> "Co-developed").
 * Where no safe rewrite exists the answer is a template in the user's own words with a
 * "<Verb>" slot, and a project title line is reported as a heading.
 */

export type Rewrite =
  /** `text` is the whole bullet rewritten; `co` the "Co-" form when the lead-in hid shared work. */
  | { kind: 'rewrite'; text: string; co?: string }
  /** `focus` names what the bullet is about ("the salary structures"); `text` has a <Verb> slot. */
  | { kind: 'template'; focus: string; text: string }
  /** A title line ("Tidewatch - iOS app for tide tables"), not a bullet. */
  | { kind: 'heading'; text: string };

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

/** Past tense of a verb in any form: our own rules for known verbs, compromise for the rest. */
export function toPast(word: string): string {
  const w = bare(word);
  if (strongPasts.has(w)) return w;
  const base = strongBaseOf(w);
  if (base) return conjugatePast(base);
  const nlp = pastOfVerb(w);
  if (nlp) return nlp;
  if (/ed$/.test(w)) return w;
  return conjugatePast(w.replace(/ing$/, ''));
}

type Form = 'base' | 'gerund' | 'past';
const irregular: ReadonlySet<string> = new Set(Object.values(irregularPasts));

/** Whether `word` is a verb of this form here: our list, or compromise reading it as one in context. */
function isVerb(word: string, form: Form, context: string): boolean {
  const w = bare(word);
  if (!/^[a-z][a-z-]*$/.test(w)) return false;
  if (danglingWords.has(w)) return false;
  const inContext = nlpEngine() ? verbsInContext(context).has(w) : false;
  if (form === 'gerund') {
    if (!w.endsWith('ing') || w.length < 5) return false;
    return inContext || strongBaseOf(w) !== undefined;
  }
  if (form === 'past')
    return strongPasts.has(w) || (w.endsWith('ed') && (inContext || w.length > 4));
  return strongBaseOf(w) !== undefined || inContext;
}

/** After "used X to", a verb is what grammar expects: any word but a function word or a plain noun form. */
function isVerbAfterTo(word: string, context: string): boolean {
  const w = bare(word);
  if (isVerb(w, 'base', context)) return true;
  return (
    /^[a-z]{3,}$/.test(w) &&
    !danglingWords.has(w) &&
    !/(tion|sion|ment|ness|ity|ance|ence|ship|ed|ing|s)$/.test(w)
  );
}

/** "Has", "'Pat", "Troubleshooting:" are not verbs to conjugate; a verb's past is -ed or irregular. */
function opensWithPlainVerb(token: string): boolean {
  if (!/^[A-Za-z][a-z-]*,?$/.test(token)) return false;
  const w = bare(token);
  if (/^(has|have|had|is|are|was|were|be|do|does|did|am)$/.test(w)) return false;
  if (strongPasts.has(w) || w.endsWith('ed')) return true;
  const past = toPast(w);
  return past !== w && (past.endsWith('ed') || irregular.has(past) || strongPasts.has(past));
}

function formOf(word: string): Form {
  const w = bare(word);
  if (w.endsWith('ing')) return 'gerund';
  if (strongPasts.has(w) || w.endsWith('ed')) return 'past';
  return 'base';
}

/**
 * Puts the first word (a verb) and every verb coordinated with it in the past tense ('' when the
 * first word is coordinated with a noun, so it is not a verb here):
 * "create and maintain CI pipelines" -> "Created and maintained CI pipelines",
 * "designing, testing and shipping X" -> "Designed, tested and shipped X".
 */
export function conjugateVerbs(phrase: string): string {
  const tokens = phrase.split(/\s+/).filter(Boolean);
  const first = tokens[0] ?? '';
  const form = formOf(first);
  const thirdPerson = /s$/.test(bare(first)) && form === 'base';
  let run = true; // still in the verbs that open the bullet ("Create, test and ship")
  let stopped = form === 'past';
  let broken = false;
  const out = tokens.map((t, i) => {
    if (i === 0) return capitalize(keepPunctuation(t, toPast(t)));
    const prev = tokens[i - 1] ?? '';
    const w = bare(t);
    if (stopped) return t;
    // A clause or an infinitive ends the verbs that share the subject ("to generate ... and identify").
    if (/^(to|that|which|who|while|where|when|by|including)$/.test(w) || /[.;:]$/.test(prev)) {
      stopped = true;
      return t;
    }
    const joined = /^(and|or|&)$/i.test(prev) || /,$/.test(prev);
    const sameForm =
      form === 'gerund' ? w.endsWith('ing') : !/(ing|ed)$/.test(w) && /s$/.test(w) === thirdPerson;
    // Only lower-case words: "GET, PUT, and DELETE" are names, not verbs to conjugate.
    const verb =
      joined &&
      sameForm &&
      /^[a-z]/.test(t) &&
      isVerb(t, form, phrase) &&
      (run || strongBaseOf(w) !== undefined);
    if (!verb) {
      // "Teaching and research assistance": the opener is coordinated with a noun, not a verb.
      if (run && joined && /^(and|or|&)$/i.test(prev)) broken = true;
      if (!/^(and|or|&)$/i.test(t)) run = false;
      return t;
    }
    return keepPunctuation(t, toPast(t));
  });
  return broken ? '' : out.join(' ');
}

/** Replaces the word in `token` by `word`, keeping its surrounding punctuation. */
function keepPunctuation(token: string, word: string): string {
  const m = /^([^\p{L}]*)([\p{L}'-]+)(.*)$/u.exec(token);
  return m ? `${m[1]}${word}${m[3]}` : word;
}

function stripEnd(text: string): string {
  return trimEndMatching(text, /[\s.;:,]/);
}

/** What a bullet is about, for a template: its first noun phrase, with "the" ("the salary structures"). */
export function focusOf(rest: string, atStart = false): string {
  const words = stripEnd(rest)
    .replace(/^(?:(?:with|on|as|and|in|at|for|to|of)\s+)+/i, '')
    .split(/\s+/);
  const stop = words.findIndex(
    (w, i) =>
      i > 0 &&
      (/^(for|of|to|with|in|on|at|by|from|into|across|using|via|or|that|which|who|while|amongst|among|was|were|is|are|about|each|every|per|daily|weekly|monthly|a|an)$/i.test(
        w,
      ) ||
        /[,;:.]$/.test(words[i - 1] ?? '')),
  );
  let kept = words.slice(0, Math.min(stop > 0 ? stop : words.length, 6));
  while (kept.length > 1 && danglingWords.has(bare(kept.at(-1) ?? ''))) kept = kept.slice(0, -1);
  const phrase = kept
    .join(' ')
    .replace(/[,;:.]$/, '')
    .replace(/^(my|our)\s+/i, 'your ');
  // A "phrase" longer than a line is a pasted token, not words to quote back.
  if (!phrase || phrase.length > 80) return '';
  const lowered = atStart ? lowerFirst(phrase) : phrase;
  if (/^(the|a|an|your|\d)\b/i.test(lowered) || /^[A-Z]/.test(lowered)) return lowered;
  return `the ${lowered}`;
}

/** "Usability study" -> "usability study"; names and acronyms ("Scholar Memento Award", "TA") stay. */
function lowerFirst(phrase: string): string {
  const [head = '', next = ''] = phrase.split(/\s+/);
  return /^[A-Z][a-z-]+$/.test(head) && !/^[A-Z]/.test(next)
    ? `${head.toLowerCase()}${phrase.slice(head.length)}`
    : phrase;
}

/** The first clause of the rest, at most 12 words, never ending on a function word. */
function clause(rest: string): { text: string; cut: boolean } {
  const first = stripEnd(rest).split(/(?:[;:]|\.\s|\s[-–—]\s)/)[0] ?? '';
  const words = first.trim().split(/\s+/);
  let kept = words.slice(0, 12);
  while (kept.length > 1 && danglingWords.has(bare(kept.at(-1) ?? ''))) kept = kept.slice(0, -1);
  const text = stripEnd(kept.join(' '));
  return { text, cut: text.length < stripEnd(rest).length };
}

/** A template from the user's own words: "<Verb> salary structures for 12 countries, <result>". */
function template(rest: string, hasNumber: boolean, atStart = false): Rewrite {
  const plain = rest.replace(/^(my|our)\s+/i, '');
  const body = clause(atStart ? lowerFirst(plain) : plain);
  return {
    kind: 'template',
    focus: focusOf(rest, atStart),
    text: `<Verb> ${body.text}${body.cut ? ' …' : ''}${hasNumber ? '' : ', <result>'}`,
  };
}

/** "Tidewatch - iOS app for tide tables", "Chess engine: Rust, WebAssembly". */
export function isHeading(text: string): boolean {
  const colon = /^([^:;,.]{1,50}):\s+\S/.exec(text);
  // "Troubleshooting: Interrogated ...": a label with a colon is a title whatever its first word.
  if (colon && (colon[1] ?? '').split(/\s+/).length <= 5) return true;
  const m = /^([^\s].{0,40}?)\s+[-–—|]\s+\S/.exec(text);
  if (!m) return false;
  const title = m[1] ?? '';
  if (title.split(/\s+/).length > 4) return false;
  const first = bare(title.split(/\s+/)[0] ?? '');
  return !strongPasts.has(first) && !strongBases.has(first) && !/(ed|ing)$/.test(first);
}

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
  if (isHeading(original)) {
    return { kind: 'heading', text: '<Verb> <what you built>, <result>' };
  }
  const hasNumber = /\d/.test(original);
  let s = original.replace(leadAdverbs, '');
  let tail = '';
  let co = false;
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
  if (ly && formOf(ly[2] ?? '') !== 'base' && isVerb(ly[2] ?? '', formOf(ly[2] ?? ''), s)) {
    s = s.slice((ly[1] ?? '').length).trim();
    changed = true;
  }

  const tool = toolRe.exec(s);
  if (tool && !/\bto\b/i.test(tool[1] ?? '') && isVerbAfterTo(tool[2] ?? '', s)) {
    const using = (tool[1] ?? '').replace(/\b(my|our)\s+/gi, '').replace(/[,;]$/, '');
    const body = stripEnd(`${tool[2]} ${tool[3]}`);
    return finish(
      original,
      `${conjugateVerbs(body)} using ${using}${tail}`,
      false,
      s.replace(/^\S+\s+/, ''),
    );
  }

  const lead = leadInRe.exec(s.replace(auxiliaries, ''));
  if (lead) {
    const entry = leadIns.find(
      (l) => l.phrase === (lead[1] ?? '').toLowerCase().replace(/\s+/g, ' '),
    );
    co = entry?.co ?? false;
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
    const first = rest.split(/\s+/)[0] ?? '';
    const forms: Form[] = entry?.takes === 'base' ? ['base', 'gerund'] : ['gerund'];
    if (forms.some((f) => isVerb(first, f, rest))) {
      return finish(original, `${conjugateVerbs(stripEnd(rest))}${tail}`, co, rest);
    }
    return template(rest, hasNumber);
  }

  const first = s.split(/\s+/)[0] ?? '';
  const firstBare = bare(first);
  const noun = nounToVerb[firstBare];
  if (noun && sharesStem(firstBare, noun) && /^of\s/i.test(s.slice(first.length).trim())) {
    // "Creation of the API" -> "Created the API": the bullet's own verb, in noun form.
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
  // A weak verb with no verb of the bullet's own behind it ("Handled employee queries").
  const lower = s.toLowerCase();
  const weak = weakOpeners.find((w) => lower.startsWith(`${w.phrase} `) || lower === w.phrase);
  if (weak) {
    const rest = s.slice(weak.phrase.length).trim();
    // "Attended and presented at X": the second verb is the bullet's own.
    const and = /^and\s+(\S+)/i.exec(rest);
    if (and && isVerb(and[1] ?? '', 'past', rest)) {
      return finish(original, `${conjugateVerbs(stripEnd(rest.slice(4)))}${tail}`, false, rest);
    }
    return template(rest, hasNumber);
  }
  const form = formOf(first);
  const next = s.split(/\s+/)[1] ?? '';
  const unlistedBeforePreposition =
    form === 'base' &&
    strongBaseOf(firstBare) === undefined &&
    /^(in|of|for|with|at|on|from|to)$/i.test(next);
  if (isVerb(first, form, s) && opensWithPlainVerb(first) && !unlistedBeforePreposition) {
    if (form === 'past' && !changed) return undefined;
    return finish(original, `${conjugateVerbs(stripEnd(s))}${tail}`, false, s);
  }
  if (!changed && form === 'past') return undefined;
  return template(s, hasNumber, !changed);
}

function sharesStem(noun: string, verb: string): boolean {
  const n = Math.min(noun.length, verb.length, 5) - 1;
  return n >= 4 && noun.slice(0, n) === verb.slice(0, n);
}

function finish(original: string, candidate: string, co: boolean, rest: string): Rewrite {
  const text = capitalize(candidate.trim());
  if (!/^\S+\s+\S/.test(text) || /^(using|with)\b/i.test(text) || !isSafeRewrite(original, text))
    return template(rest, /\d/.test(original), rest === original);
  if (!co) return { kind: 'rewrite', text };
  const [verb = '', ...words] = text.split(' ');
  return { kind: 'rewrite', text, co: [`Co-${verb.toLowerCase()}`, ...words].join(' ') };
}

/** The rewrite or template as the sentence a finding shows (quoted). */
export function describeRewrite(r: Rewrite): string {
  if (r.kind === 'rewrite') {
    return r.co ? `"${r.text}" (or "${r.co}" if the work was shared)` : `"${r.text}"`;
  }
  return `"${r.text}"`;
}
