import { nlpEngine } from '../nlp/engine';
import { pastOfVerb, verbsInContext } from '../nlp/resume';
import { danglingWords } from '../text/clauses';
import { irregularPastForms } from '../text/word-lists';
import { plainVerbs } from './verbs';
import { bare, capitalize, conjugatePast, strongBaseOf, strongPasts } from './words';

/** Verb forms for rewrites: whether a word is a verb here, its past tense, coordinated verbs. */

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

export type Form = 'base' | 'gerund' | 'past';

/** Whether `word` is a verb of this form here: our list, or compromise reading it as one in context. */
export function isVerb(word: string, form: Form, context: string): boolean {
  const w = bare(word);
  if (!/^[a-z][a-z-]*$/.test(w)) return false;
  if (danglingWords.has(w)) return false;
  // compromise is asked only when our lists do not settle it (a tagger call costs far more).
  const inContext = () => (nlpEngine() ? verbsInContext(context).has(w) : false);
  if (form === 'gerund') {
    if (!w.endsWith('ing') || w.length < 5) return false;
    return strongBaseOf(w) !== undefined || inContext();
  }
  if (form === 'past')
    return strongPasts.has(w) || (w.endsWith('ed') && (w.length > 4 || inContext()));
  return strongBaseOf(w) !== undefined || inContext();
}

/** After "used X to", a verb is what grammar expects: any word but a function word or a plain noun form. */
export function isVerbAfterTo(word: string, context: string): boolean {
  const w = bare(word);
  if (isVerb(w, 'base', context)) return true;
  return (
    /^[a-z]{3,}$/.test(w) &&
    !danglingWords.has(w) &&
    !/(tion|sion|ment|ness|ity|ance|ence|ship|ed|ing|s)$/.test(w)
  );
}

/** "Has", "'Pat", "Troubleshooting:" are not verbs to conjugate; a verb's past is -ed or irregular. */
export function opensWithPlainVerb(token: string): boolean {
  if (!/^[A-Za-z][a-z-]*,?$/.test(token)) return false;
  const w = bare(token);
  if (/^(has|have|had|is|are|was|were|be|do|does|did|am)$/.test(w)) return false;
  if (strongPasts.has(w) || w.endsWith('ed')) return true;
  const past = toPast(w);
  return (
    past !== w && (past.endsWith('ed') || irregularPastForms.has(past) || strongPasts.has(past))
  );
}

export function formOf(word: string): Form {
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
export const objectStart = /^(?:the|a|an|it|its|them|their|our|my|new|all|every|\d[\d,.%]*)$/i;

/** Replaces the word in `token` by `word`, keeping its surrounding punctuation. */
function keepPunctuation(token: string, word: string): string {
  const m = /^([^\p{L}]*)([\p{L}'-]+)(.*)$/u.exec(token);
  return m ? `${m[1]}${word}${m[3]}` : word;
}
