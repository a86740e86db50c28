import { nlpEngine } from '../nlp/engine';
import { verbsInContext } from '../nlp/resume';
import { trimEndMatching } from '../text/trim-end';
import { irregularPastForms } from '../text/word-lists';
import { nounOpeners } from './verbs';
import { bare, stripEnd, strongBaseOf, strongBases, strongPasts } from './words';

/**
 * What a resume line is, before any rewrite: a role or award title ("Head TA for CS24", "Third
 * Prize, Debate"), a line that only points to a link, a product's tagline, a project title
 * ("Tidewatch - iOS app for tide tables"), or a sentence with its own subject ("The main aim of
 * the team was ..."). Everything else is read as a bullet.
 */

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
 * Whether the words read as a sentence with its own subject ("The main aim of the team was …",
 * "Users can book …", "Simulation results reproduced …"), not as what the user did: a template
 * in front of them would name the subject as the object.
 */
export function isSentence(rest: string): boolean {
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
  // A past or third-person verb after one to seven words that are not "and" or a verb: subject +
  // verb ("Simulation results reproduced …", "Backend supports …", "The first tool ran …", "One of
  // the top maintainers of Redux helped …"). Not a participle that modifies a noun ("network
  // based on HMC", "models trained on data"), not the verb of a relative clause ("design that
  // saved 20%"), and not a word right after a preposition, a determiner or a number ("for 3
  // teams", "various teams"): no verb stands there. The tagger is asked only about these words.
  const candidate = (w: string, i: number) =>
    i >= 1 &&
    i <= 7 &&
    (/(?:ed|[^s]s)$/.test(w) || irregularPastForms.has(w)) &&
    !(/ed$/.test(w) && /^(?:on|in|at|by|from)$/.test(words[i + 1] ?? '')) &&
    !noVerbAfter.test(words[i - 1] ?? '') &&
    words.slice(0, i).every((x) => !/^(?:and|that|which|who)$/.test(x));
  if (!words.some(candidate)) return false;
  const verbs = verbsInContext(noun ? `The ${rest}` : rest);
  return words.some(
    (w, i) => candidate(w, i) && verbs.has(w) && words.slice(0, i).every((x) => !verbs.has(x)),
  );
}

/** Words a finite verb never directly follows: prepositions, determiners, numbers. */
const noVerbAfter =
  /^(?:for|of|to|with|in|on|at|by|from|into|across|over|under|about|per|the|a|an|various|multiple|numerous|their|its|our|my|your|every|\d[\d,.%+]*)$/;

/** A line that is not a bullet, and what it is. */
export type LineKind =
  /** A title line ("Tidewatch - iOS app for tide tables"), not a bullet. */
  | { kind: 'heading'; text: string }
  /** A role or an award written where a bullet goes ("Head TA for CS24", "Third Prize, Debate"). */
  | { kind: 'title'; title: string; award: boolean }
  /** A line that only points to a link ("Written in Go * github.com/…") or a product's tagline. */
  | { kind: 'note'; note: 'link' | 'tagline' };

/** What the line is when it is not a bullet (tried in this order), or undefined for a bullet. */
export function lineKindOf(original: string): LineKind | undefined {
  if (isLinkLine(original)) return { kind: 'note', note: 'link' };
  if (isTagline(original)) return { kind: 'note', note: 'tagline' };
  if (isHeading(original)) return { kind: 'heading', text: '<Verb> <what you built>, <result>' };
  const title = titleLine(original);
  return title ? { kind: 'title', ...title } : undefined;
}
