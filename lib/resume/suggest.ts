import { nlpEngine } from '../nlp/engine';
import { danglingWords } from '../text/clauses';
import { pastOfVerb, verbsInContext } from '../nlp/resume';
import {
  irregularPasts,
  leadIns,
  nounOpeners,
  nounToVerb,
  nounVerbs,
  plainVerbs,
  toolLeadIns,
  weakOpeners,
} from './verbs';
import {
  bare,
  capitalize,
  clip,
  conjugatePast,
  strongBaseOf,
  strongBases,
  strongPasts,
} from './words';
import { trimEndMatching } from '../text/trim-end';
import { readOpener } from './first-word';

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
  | { kind: 'rewrite'; text: string; co?: string }
  /** `focus` names what the bullet is about ("the salary structures"); `text` has a <Verb> slot. */
  | { kind: 'template'; focus: string; text: string }
  /** A title line ("Tidewatch - iOS app for tide tables"), not a bullet. */
  | { kind: 'heading'; text: string }
  /** A role or an award written where a bullet goes ("Head TA for CS24", "Third Prize, Debate"). */
  | { kind: 'title'; title: string; award: boolean }
  /** A line that only points to a link ("Written in Go * github.com/…") or a product's tagline. */
  | { kind: 'note'; note: 'link' | 'tagline' };

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

/** Words that make a line an award, not a bullet, when they come before any verb. */
const awardWord =
  /^(?:award|awards|prize|scholarship|medal|fellowship|honou?rs?|winner|finalist|runner-up|laureate)$/i;
/** Role nouns: a line that is only a role ("Head TA for CS24", "Incoming intern at Nuro"). */
const roleNoun =
  /^(?:TA|[Aa]rchitect|[Mm]aintainer|[Cc]ontributor|[Ff]ounder|[Ss]ecretary|[Tt]reasurer|[Cc]o-ordinator|[Ii]ntern|[Gg]raduate|[Ee]ngineer|[Dd]eveloper|[Rr]esearcher|[Aa]ssistant|[Mm]entor|[Tt]utor|[Vv]olunteer|[Ss]upervisor|[Dd]emonstrator|[Ee]xecutive|[Cc]onsultant|[Aa]nalyst|[Mm]ember|[Rr]epresentative|[Aa]mbassador|[Cc]oordinator|[Oo]rgani[sz]er|[Pp]resident|[Cc]aptain|[Hh]ead|[Ll]ead|[Ii]nstructor|[Ff]ellow|[Ss]cholar|[Ss]tudent)$/;
/** Words before a role noun that keep it a title ("Senior", "Head", "Incoming") or a name (capitalised). */
const roleModifier =
  /^(?:senior|junior|head|lead|chief|incoming|former|student|teaching|research|graduate|undergraduate|frontend|backend|front-end|back-end|full-stack|fullstack|software|[A-Z][\w.&'’-]*)$/;
/** What follows a role title: where, for whom, or nothing. */
const afterRole = /^(?:for|at|in|of|from|with|on)$/i;

/** Words that open a title and are not verbs there ("Incoming intern", "Teaching assistant"). */
const titleOpeners =
  /^(?:senior|junior|head|lead|chief|incoming|former|student|teaching|research|graduate|undergraduate)$/;

/** The title of a role or award line ("Head TA", "Third Prize"), or undefined for a bullet. */
export function titleLine(text: string): { title: string; award: boolean } | undefined {
  const words = text.trim().split(/\s+/).slice(0, 10);
  const first = bare(words[0] ?? '');
  if (!titleOpeners.test(first) && (strongPasts.has(first) || /(ed|ing)$/.test(first)))
    return undefined;
  // A rank is an award too: "Top 1% in the state, National Olympiad".
  const rank = /^top$/.test(first) && /^\d[\d.,]*%?$/.test(bare(words[1] ?? ''));
  if (rank) {
    const end = words.findIndex((w) => /[,;:]$/.test(w));
    const kept = end < 0 ? words.slice(0, 2).join(' ') : words.slice(0, end + 1).join(' ');
    return { title: trimEndMatching(kept, /[,;:.]/), award: true };
  }
  // An award: one of the first six words names it; the title ends at a comma or before "for".
  const awardAt = words.slice(0, 6).findIndex((w) => awardWord.test(bare(w)));
  if (awardAt >= 0 && strongBaseOf(first) === undefined) {
    const end = words.findIndex(
      (w, i) =>
        i >= awardAt && (/[,;:]$/.test(w) || /^(for|from|at|in|by)$/i.test(words[i + 1] ?? '')),
    );
    const kept = words.slice(0, end < 0 ? awardAt + 1 : end + 1).join(' ');
    return { title: trimEndMatching(kept, /[,;:.]/), award: true };
  }
  // A role: up to three modifiers or capitalised names, a role noun, then nothing, a comma, or
  // where or for whom ("Head TA for CS24", "Incoming intern at Nuro", "Senior Graduate in Web3").
  for (let i = 0; i < Math.min(4, words.length); i++) {
    const raw = words[i] ?? '';
    const word = trimEndMatching(raw, /[,;:.]/);
    if (roleNoun.test(word)) {
      const next = words[i + 1];
      const closes = next === undefined || afterRole.test(next) || /[,;:]$/.test(raw);
      // A lone first word must read as a title ("TA for", "Intern at"), not a verb ("mentor them").
      if (closes && (i > 0 || /^[A-Z]/.test(word)))
        return { title: [...words.slice(0, i), word].join(' '), award: false };
    }
    if (!roleModifier.test(raw)) break;
  }
  return undefined;
}

/**
 * A web address: "https://…", "www.…", "github.com/someone/project", "tidewatch.app". Written in
 * lower case, and with a path when its ending is also a library's ("socket.io/docs", not
 * "socket.io"; never "ASP.NET"). Labels are bounded so a long run of "a.a.a…" is read in linear time.
 */
const webAddress =
  /(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.(?:(?:com|org|net|dev|app|me|xyz|site|page|tech)(?:\/\S*)?|(?:io|ai|co|gg)\/\S*)(?=$|[\s,;)])/;
/** Words that send the reader to a link ("Try it out at …", "Check out the repo …"). */
const toReader = /^(?:try|check|see|visit|view|play|download|install|find|read|watch)$/i;

/**
 * A line that only points to a link: a web address with at most five other words ("Written in
 * Go * github.com/…"), or one that sends the reader there ("Try it at tidewatch.app").
 */
export function isLinkLine(text: string): boolean {
  const address = webAddress.exec(text);
  if (!address) return false;
  const first = bare(text.split(/\s+/)[0] ?? '');
  if (toReader.test(first)) return true;
  const others = text
    .replace(address[0], ' ')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  return others.length <= 5 && !strongPasts.has(first);
}

/**
 * A product's tagline: before a dash, short phrases in a list or a "No …" ("No installs, no
 * sign-up — runs in the browser", "Fast, private, free - all on your device").
 */
export function isTagline(text: string): boolean {
  const m = /^(.{1,60}?)\s+[-–—]\s+\S/.exec(text);
  if (!m) return false;
  const head = m[1] ?? '';
  if (/^no\s/i.test(head)) return true;
  const parts = head.split(/,\s*(?:and\s+|or\s+)?/);
  return (
    parts.length >= 2 &&
    parts.every((p) => p.trim().split(/\s+/).length <= 3) &&
    parts.slice(1).some((p) => /^[a-z]/.test(p.trim()))
  );
}

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
    // Only lower-case words: "GET, PUT, and DELETE" are names, not verbs to conjugate. Past the
    // opening verbs, a listed verb counts only with its object after it ("…, test it and ship
    // the fix"): in "…, scheduling, code review" the word is a noun.
    const verb =
      joined &&
      sameForm &&
      /^[a-z]/.test(t) &&
      isVerb(t, form, phrase) &&
      (run ||
        ((strongBaseOf(w) !== undefined || plainVerbs.has(w)) &&
          (form === 'gerund' ||
            objectStart.test(tokens[i + 1] ?? '') ||
            // "resolved issues and report on the quality": "and" + verb + preposition.
            (/^and$/i.test(prev) && /^(?:on|to|with|for|at|in)$/i.test(tokens[i + 1] ?? '')))));
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

/** Words that start a verb's object: "test it", "ship the fix", "cut 40% of costs". */
const objectStart = /^(?:the|a|an|it|its|them|their|our|my|new|all|every|\d[\d,.%]*)$/i;

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
    .replace(
      /^(?:(?:with|on|as|and|in|at|for|to|of|towards|toward|[a-z]{4,}(?:ally|ively|fully|ously|edly|ingly|ently|antly|ately|ely|ctly))\s+)+/i,
      '',
    )
    .split(/\s+/);
  const stop = words.findIndex(
    (w, i) =>
      i > 0 &&
      (/^(for|of|to|with|in|on|at|by|from|into|across|using|via|or|that|which|who|while|amongst|among|was|were|is|are|about|each|every|per|daily|weekly|monthly|a|an|&|throughout|responsible|such|like|including|than|because|when|where|after|before|during|under|over|through|towards|toward|within|between|as)$/i.test(
        w,
      ) ||
        /[,;:.]$/.test(words[i - 1] ?? '') ||
        // A participle after the noun starts a new clause: "the application aimed to …" (but
        // "the distributed cache" stays).
        (i >= 2 && /^[a-z]{3,}ed$/.test(w) && !determiners.test(words[i - 1] ?? '')) ||
        // An adverb ends the noun phrase too: "the simulation results successfully …".
        /^[a-z]{3,}(?:ally|ively|fully|ously|edly|ingly|ently|antly|ately|ily)$/.test(w)),
  );
  let kept = words.slice(0, Math.min(stop > 0 ? stop : words.length, 6));
  // A parenthesis the cut leaves open goes whole: "the frontend (Twilio) and REST API", not "… (ExpressJS".
  const open = kept.findLastIndex((w) => w.includes('('));
  if (open > 0 && !kept.slice(open).some((w) => w.includes(')'))) kept = kept.slice(0, open);
  while (kept.length > 1 && danglingWords.has(bare(kept.at(-1) ?? ''))) kept = kept.slice(0, -1);
  const phrase = kept
    .join(' ')
    .replace(/[,;:.]$/, '')
    .replace(/^(my|our)\s+/i, 'your ');
  // A "phrase" longer than a line is a pasted token, not words to quote back; "one" or "part"
  // alone ("One of the maintainers …") names nothing to do something with.
  if (!phrase || phrase.length > 80) return '';
  if (/^(?:one|some|many|most|all|each|part|none|any)$/i.test(phrase)) return '';
  const lowered = atStart ? lowerFirst(phrase) : phrase;
  if (
    determiners.test(lowered.split(' ')[0] ?? '') ||
    /^\d/.test(lowered) ||
    /^[A-Z]/.test(lowered)
  )
    return lowered;
  return `the ${lowered}`;
}

/** Words that already determine a noun phrase: "the" is not put in front of them. */
const determiners =
  /^(?:the|a|an|your|both|all|several|multiple|various|many|some|these|those|this|that|its|their|his|her|each|every|any|two|three|four|five)$/i;

/**
 * Whether the words read as a sentence with its own subject ("The main aim of the team was …",
 * "Users can book …", "Simulation results reproduced …"), not as what the user did: a template
 * in front of them would name the subject as the object.
 */
function isSentence(rest: string): boolean {
  const words = stripEnd(rest).split(/\s+/).slice(0, 10).map(bare);
  if (
    words
      .slice(1)
      .some((w) => /^(was|were|is|are|can|could|will|would|has|have|had|does|did)$/.test(w))
  )
    return true;
  if (!nlpEngine()) return false;
  // compromise reads a first word as an imperative; a noun opener is read as the subject it is
  // ("Backend supports …" as "The backend supports …").
  const noun = nounOpeners.has(words[0] ?? '');
  const verbs = verbsInContext(noun ? `The ${rest}` : rest);
  // A past or third-person verb after one to four words that are not "and" or a verb: subject +
  // verb ("Simulation results reproduced …", "Backend supports …").
  // Irregular pasts count too ("The first tool ran all the classifiers"), and a subject may run
  // to seven words ("One of the top maintainers of Redux helped …").
  return words.some(
    (w, i) =>
      i >= 1 &&
      i <= 7 &&
      (/(?:ed|[^s]s)$/.test(w) || irregularPastForms.has(w)) &&
      verbs.has(w) &&
      // "network based on HMC", "models trained on data": a participle that modifies a noun.
      !(/ed$/.test(w) && /^(?:on|in|at|by|from)$/.test(words[i + 1] ?? '')) &&
      // "design that saved 20%": the verb of a relative clause, not of the line.
      words.slice(0, i).every((x) => !/^(?:and|that|which|who)$/.test(x) && !verbs.has(x)),
  );
}

/** Irregular past forms ("ran", "built", "wrote"), for telling a sentence's own verb. */
const irregularPastForms: ReadonlySet<string> = new Set(Object.values(irregularPasts));

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
  const focus = isSentence(rest) ? '' : focusOf(rest, atStart);
  // When what the bullet is about cannot be named, its words are not quoted behind a <Verb> either.
  if (!focus) return { kind: 'template', focus, text: `<Verb> <what>, <result>` };
  return {
    kind: 'template',
    focus,
    text: `<Verb> ${body.text}${body.cut ? ' …' : ''}${hasNumber ? '' : ', <result>'}`,
  };
}

/** "Tidewatch - iOS app for tide tables", "Chess engine: Rust, WebAssembly". */
export function isHeading(text: string): boolean {
  const colon = /^([^:;,.]{1,50}):\s+\S/.exec(text);
  // "Troubleshooting: Interrogated ...": a label with a colon is a title whatever its first word.
  if (colon && (colon[1] ?? '').split(/\s+/).length <= 5) return true;
  // "Coordinator, Chess Club, 2019: Ran ...": a role, its organisation and its dates, then the bullet.
  const role = /^([^:;]{1,80}?):\s+\S/.exec(text)?.[1] ?? '';
  if (
    role.includes(',') &&
    role.split(/\s+/).length <= 10 &&
    (titleLine(role) !== undefined || /\b(?:19|20)\d{2}\b/.test(role))
  )
    return true;
  const m = /^([^\s].{0,40}?)\s+[-–—|]\s+\S/.exec(text);
  if (!m) return false;
  const title = m[1] ?? '';
  if (title.split(/\s+/).length > 4) return false;
  const first = bare(title.split(/\s+/)[0] ?? '');
  return !strongPasts.has(first) && !strongBases.has(first) && !/(ed|ing)$/.test(first);
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
  if (isLinkLine(original)) return { kind: 'note', note: 'link' };
  if (isTagline(original)) return { kind: 'note', note: 'tagline' };
  if (isHeading(original)) {
    return { kind: 'heading', text: '<Verb> <what you built>, <result>' };
  }
  const title = titleLine(original);
  if (title) return { kind: 'title', ...title };
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

  const first = s.split(/\s+/)[0] ?? '';
  const firstBare = bare(first);
  // "Design and development of X" -> "Designed and developed X": both verbs are the bullet's own.
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
  const form = formOf(first);
  const next = s.split(/\s+/)[1] ?? '';
  if (form === 'base' && (readsAsNoun(firstBare, next, s) || readOpener(s).kind === 'noun'))
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
  const preposition = /^(in|of|for|with|at|on|from|to|into)$/i.test(next);
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

/** The rewrite or template as the sentence a finding shows (quoted). */
export function describeRewrite(r: Rewrite): string {
  if (r.kind === 'rewrite') {
    return r.co ? `"${r.text}" (or "${r.co}" if the work was shared)` : `"${r.text}"`;
  }
  if (r.kind === 'title' || r.kind === 'note') return '"<Verb> <what>, <result>"';
  return `"${r.text}"`;
}
