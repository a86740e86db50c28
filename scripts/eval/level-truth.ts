/**
 * The eval's level truth, kept deliberately narrow and independent of lib/analysis: only titles that
 * state a level on Amazon's standard individual-contributor ladder count.
 *
 * - A Roman numeral or SDE-style digit after the role: I -> L4, II -> L5, III -> L6.
 * - "Senior"/"Sr." -> L6; "Principal" -> L7.
 * Titles on other ladders are left out, because their numerals and "Senior" mean other bands: managers
 * and directors, support and application engineers, hourly titles (associate, coordinator, assistant,
 * administrator, specialist, representative), interns, "Senior Principal", and titles printing "L5" or
 * "Level 5". A title with two level words that disagree is left out too.
 */
import type { LevelBand } from '../../lib/families/ids';

const otherLadder =
  /\b(?:manager|mgr|director|head|vp|lead|support|application\s+engineer|associate|coordinator|assistant|asst|administrator|admin|specialist|representative|technician|intern|interns|internship|co-?op|level|L[1-8])\b/i;

function numeralBand(title: string): LevelBand | null {
  const spaced = ` ${title.replace(/[,()\-–|/]/g, ' ')} `;
  const roman = / (III|II|I)(?= )/.exec(spaced);
  const digit = /\b(?:sde|sdet|qae|bie|engineer)\s?-?([1-3])\b/i.exec(title);
  const n = roman?.[1] ? roman[1].length : digit?.[1] ? Number(digit[1]) : null;
  return n === null ? null : ((['L4', 'L5', 'L6'] as const)[n - 1] ?? null);
}

/** The band the title states on the standard ladder, or null when it states none (or another ladder). */
export function truthBand(title: string): LevelBand | null {
  if (otherLadder.test(title)) return null;
  const t = title.toLowerCase();
  if (/\b(?:senior|sr)\.?\s+principal\b/.test(t)) return null;
  const words: LevelBand[] = [];
  const numeral = numeralBand(title);
  if (numeral) words.push(numeral);
  if (/\bprincipal\b/.test(t)) words.push('L7');
  if (/\b(?:senior|sr|snr)\b/.test(t)) words.push('L6');
  const distinct = [...new Set(words)];
  return distinct.length === 1 ? (distinct[0] ?? null) : null;
}

/** The title with its level words taken out, for the "level from the rest of the posting" metric. */
export function stripLevelWords(title: string): string {
  return title
    .replace(/\b(?:senior|sr|snr)\b\.?/gi, ' ')
    .replace(/\bprincipal\b/gi, ' ')
    .replace(/(^|[\s,(\-–])(?:III|II|I)(?=$|[\s,)\-–|:;])/g, '$1')
    .replace(/\b(sde|sdet|qae|bie|engineer)\s?-?[1-3]\b/gi, '$1')
    .replace(/\s*-\s*(?=,|$)/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
