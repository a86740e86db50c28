import { danglingWords } from '../text/clauses';
import { isSentence } from './line-kind';
import { bare, stripEnd, strongBaseOf } from './words';

/**
 * Templates in the user's own words, for a line with no safe rewrite: what the line is about
 * (its first noun phrase, "the salary structures") and "<Verb> salary structures for 12
 * countries, <result>". When what it is about cannot be named, only "<Verb> <what>, <result>".
 */

/** `focus` names what the bullet is about ("the salary structures"); `text` has a <Verb> slot. */
export interface Template {
  kind: 'template';
  focus: string;
  text: string;
  /**
   * Whether `focus` is a noun phrase the line acted on, so "what you did with <focus>" reads
   * right; false for a partner ("a 5-person team"), a place ("within the payments group"), a
   * person's role ("the sole student") or words that are not a noun phrase ("a variety", "the up").
   */
  object: boolean;
}

/** What a bullet is about, for a template: its first noun phrase, with "the" ("the salary structures"). */
export function focusOf(rest: string, atStart = false): string {
  // "Worked as a private tutor": what follows "as" is the person's role, not something acted on.
  if (/^\s*as\s/i.test(rest)) return '';
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
        (i >= 2 && /^[a-z]{2,}ed$/.test(w) && !determiners.test(words[i - 1] ?? '')) ||
        // An adverb ends the noun phrase too: "the simulation results successfully …".
        /^[a-z]{3,}(?:ally|ively|fully|ously|edly|ingly|ently|antly|ately|ily)$/.test(w) ||
        // "events and conducting hackathons": "and" + an -ing verb with its own object starts a
        // second action.
        (/^(?:and|or)$/i.test(w) &&
          /^[a-z]{3,}ing$/.test(words[i + 1] ?? '') &&
          strongBaseOf(words[i + 1] ?? '') !== undefined &&
          // "maintenance and monitoring of X": an -ing word taking "of" is a noun.
          !/^of$/i.test(words[i + 2] ?? ''))),
  );
  const end = stop > 0 ? stop : words.length;
  // A noun phrase longer than six words would be cut in the middle ("… travel discovery and
  // booking"): name nothing rather than half a phrase.
  if (end > 6) return '';
  let kept = words.slice(0, end);
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

/** "Usability study" -> "usability study"; names and acronyms ("Scholar Memento Award", "TA") stay. */
export function lowerFirst(phrase: string): string {
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
export function template(rest: string, hasNumber: boolean, atStart = false): Template {
  const plain = rest.replace(/^(my|our)\s+/i, '');
  const body = clause(atStart ? lowerFirst(plain) : plain);
  const focus = isSentence(rest) ? '' : focusOf(rest, atStart);
  // When what the bullet is about cannot be named, its words are not quoted behind a <Verb> either.
  if (!focus) return { kind: 'template', focus, object: false, text: `<Verb> <what>, <result>` };
  return {
    kind: 'template',
    focus,
    object: actedOn(rest, focus),
    text: `<Verb> ${body.text}${body.cut ? ' …' : ''}${hasNumber ? '' : ', <result>'}`,
  };
}

/** Words after a weak verb that say where or how, not what: "within the group", "up the farm". */
const notObjectStart =
  /^(?:within|across|under|alongside|through|throughout|among|amongst|between|beside|behind|around|via|inside|during|after|before|since|until|up|down|out|off|away|back|over|together)$/;
/** People and groups: after "with" a partner, anywhere a role, never what the line acted on. */
const personHead =
  /^(?:team|teams|group|groups|squad|engineers?|developers?|designers?|colleagues?|peers?|teammates?|clients?|customers?|stakeholders?|managers?|members?|staff|people|students?|mentors?|mentees?|leads?|partners?|vendors?|researchers?|scientists?|analysts?|professors?|faculty|participants?|maintainers?|contributors?|volunteers?|interns?|assistants?|representatives?|ambassadors?|organi[sz]ers?|coordinators?|founders?|presidents?|captains?|officers?)$/;
/** "a variety", "a range", "a number": a quantity that needs its "of", not a thing acted on. */
const quantityNoun =
  /^(?:a|an)\s+(?:(?:wide|broad|large|small|great|huge|diverse)\s+)?(?:variety|range|number|lot|couple|series|mix|host|plethora|multitude|handful|bunch|few|array)$/i;

/** Whether `focus` (from `rest`) is a noun phrase the line acted on. */
function actedOn(rest: string, focus: string): boolean {
  const first = bare(rest.split(/\s+/)[0] ?? '');
  if (notObjectStart.test(first)) return false;
  if (quantityNoun.test(focus)) return false;
  const head = bare(focus.split(/\s+/).at(-1) ?? '');
  if (personHead.test(head)) return false;
  // "the have participated", "the ledger service used": a verb form, not a noun.
  if (/^[a-z]{2,}ed$/.test(head) && !/eed$/.test(head)) return false;
  // "a 5-person", "a 3-day": a modifier whose noun was cut off.
  if (/^\d[\d,.]*-[a-z]+$/.test(head)) return false;
  return !notObjectStart.test(head) && !danglingWords.has(head);
}
