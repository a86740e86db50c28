import { pastTenseOf } from '../nlp/resume';
import { nounToVerb } from './verbs';
import { bare, capitalize, clip, conjugatePast, strongBaseOf, strongPasts } from './words';

/**
 * Builds the concrete rewrites the rules suggest: a past-tense verb followed by the bullet's
 * own object ("Responsible for migrating the API" -> "Migrated the API"). When the bullet names
 * no verb, picks verbs that fit its nouns (an API is built, a team is led, an award is won).
 */

/** Connecting words to skip after a weak opener ("Helped to", "Worked on", "Assisted with"). */
const connectors = new Set([
  'to',
  'in',
  'on',
  'with',
  'for',
  'of',
  'as',
  'at',
  'towards',
  'toward',
  'the',
  'a',
  'an',
  'and',
  'out',
  'into',
]);

const cues: readonly (readonly [RegExp, readonly [string, string]])[] = [
  [
    /\b(award|prize|scholarship|fellowship|medal|hackathon|competition|contest|olympiad|finalist)/i,
    ['Won', 'Earned'],
  ],
  [/\b(migrat|moderni[sz]|upgrade|port(ed|ing)?\b)/i, ['Migrated', 'Modernized']],
  [
    /\b(bug|issue|incident|outage|defect|ticket|escalation|complaint|vulnerabilit)/i,
    ['Resolved', 'Fixed'],
  ],
  [/\b(test|qa\b|quality)/i, ['Tested', 'Automated']],
  [/\b(team|project|program|initiative|club|event|workshop)/i, ['Led', 'Coordinated']],
  [/\b(data|analy|report|metric|dashboard|insight)/i, ['Analyzed', 'Built']],
  [/\b(design|figma|ui\b|ux\b|prototype|mockup)/i, ['Designed', 'Prototyped']],
  [/\b(research|paper|study|thesis|experiment)/i, ['Researched', 'Published']],
  [/\b(student|course|class|lecture|tutor|intern|junior)/i, ['Taught', 'Mentored']],
  [/\b(doc|documentation|guide|wiki)/i, ['Documented', 'Wrote']],
  [/\b(customer|client|stakeholder|vendor|partner)/i, ['Partnered with', 'Delivered']],
  [
    /\b(api|service|app|application|website|site|tool|platform|pipeline|system|feature|library|backend|frontend|bot|framework|model|infrastructure|code)/i,
    ['Built', 'Developed'],
  ],
];

/** Two verbs (past tense, capitalised) that fit what the bullet is about. */
export function cueVerbs(text: string): readonly [string, string] {
  return cues.find(([re]) => re.test(text))?.[1] ?? ['Built', 'Delivered'];
}

/** Past tense of any verb form: our own rules for known verbs, compromise for the rest. */
export function toPast(word: string): string {
  const w = bare(word);
  if (strongPasts.has(w)) return w;
  const base = strongBaseOf(w);
  if (base) return conjugatePast(base);
  if (nounToVerb[w]) return conjugatePast(nounToVerb[w]);
  return pastTenseOf(w) || conjugatePast(w.replace(/ing$/, ''));
}

/** "Built" + "the payments API for ..." -> "Built the payments API for …" (clipped). */
export function rewrite(verb: string, object: string, tail = ''): string {
  const obj = clip(object.replace(/^(?:of|the development of|on|with|in)\s+/i, ''), tail ? 8 : 10);
  return obj ? `"${capitalize(verb)} ${obj}${tail}"` : `"${capitalize(verb)} …"`;
}

/**
 * Finds the verb a weak opener hides: "Helped build X", "Responsible for migrating X",
 * "Used React to build X", "Worked with a team and implemented X". Returns its past tense and
 * the words after it, or undefined when the bullet names no verb.
 */
export function hiddenVerb(
  rest: string,
): { past: string; object: string; tool?: string } | undefined {
  const tokens = rest.split(/\s+/).filter(Boolean);
  let i = 0;
  while (i < tokens.length && connectors.has(bare(tokens[i] ?? ''))) i++;
  const first = bare(tokens[i] ?? '');
  const known = (w: string) => strongPasts.has(w) || strongBaseOf(w) !== undefined;
  if (first && known(first)) return { past: toPast(first), object: tokens.slice(i + 1).join(' ') };
  // "Used X to build Y": the verb after "to", the tool moved to the end.
  const to = tokens.findIndex(
    (t, k) => k > i && k < 8 && t.toLowerCase() === 'to' && known(bare(tokens[k + 1] ?? '')),
  );
  if (to > 0) {
    return {
      past: toPast(tokens[to + 1] ?? ''),
      object: tokens.slice(to + 2).join(' '),
      tool: tokens.slice(i, to).join(' '),
    };
  }
  // "..., and implemented X" or "by designing X".
  const later = tokens.findIndex(
    (t, k) => k > i && /^(and|by)$|,$/i.test(tokens[k - 1] ?? '') && known(bare(t)),
  );
  if (later > 0)
    return { past: toPast(tokens[later] ?? ''), object: tokens.slice(later + 1).join(' ') };
  return undefined;
}
