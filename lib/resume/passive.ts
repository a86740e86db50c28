import { isParticiple } from '../nlp/resume';
import { strongPasts } from './words';

/**
 * The passive of a line: "was/were/been/being + past participle" ("was written in Python",
 * "were later used"). A cheap regex finds candidates; the participle is confirmed by our lists or
 * by compromise. Present tense ("is used") is left alone.
 */
const candidate =
  /\b(was|were|been|being)\s+(?:(?:not|also|later|then|successfully|fully|first|\w+ly)\s+)?([a-z]+)\b/gi;
const irregular = new Set(
  'written built done made given taken chosen known shown grown seen drawn run set put sent spent held led found brought taught sold won kept begun broken driven frozen hidden spoken stolen thrown worn rewritten rebuilt undertaken overseen shut split cut'.split(
    ' ',
  ),
);
const notParticiples = new Set([
  'based',
  'supposed',
  'interested',
  'excited',
  'located',
  'tired',
  'affected',
  'impacted',
  'red',
]);

/**
 * A later clause whose subject is a count of others ("; two were promoted", ", 3 of them were
 * hired"): it reports what happened to people the user led, a result, not the user's own work
 * told in the passive.
 */
const othersCounted =
  /[,;]\s*(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|both|all|most|several)(?:\s+of\s+(?:them|those|whom))?(?:\s+(?:engineers?|people|interns?|members?|reports?|mentees?|students?|analysts?|hires?))?\s+$/i;

/** The passive phrase of a bullet ("was written"), or undefined. */
export function findPassive(text: string): string | undefined {
  for (const m of text.matchAll(candidate)) {
    const word = (m[2] ?? '').toLowerCase();
    if (notParticiples.has(word)) continue;
    const after = text.slice((m.index ?? 0) + m[0].length);
    // "was used to working" means "was accustomed to"; others' states ("who were hired", "were affected").
    if (word === 'used' && /^\s+to\s+\w+ing\b/i.test(after)) continue;
    if (/\bwho\s+$/i.test(text.slice(0, m.index))) continue;
    if (othersCounted.test(text.slice(0, m.index))) continue;
    const regular = word.endsWith('ed') && !word.endsWith('eed') && word.length >= 4;
    if (
      irregular.has(word) ||
      regular ||
      strongPasts.has(word) ||
      (word.length > 3 && isParticiple(word))
    )
      return m[0];
  }
  return undefined;
}

/** Whether the passive is in the line's first clause: its subject is everything before it. */
export function inFirstClause(text: string, phrase: string): boolean {
  return !/[,;]|\b(which|that|and|where|when|so)\b/i.test(text.slice(0, text.indexOf(phrase)));
}
