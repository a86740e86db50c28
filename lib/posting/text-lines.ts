import type { SectionField } from './section-headings';
import { sectionHeadings } from './section-headings';

const bulletMarker = /^(?:[-*–—]\s+|[•·・･▪◦●‣]\s*)/;

/**
 * Bidi controls (U+200E/F, U+202A-202E, U+2066-2069) and zero-width characters (U+200B-200D,
 * U+2060, U+FEFF). A page can use them to make a title read differently from what it holds
 * ("gnireenignE" shown as "Engineering") or to hide text; nothing we read from a page keeps them.
 */
const invisible = /[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/** `text` without bidi controls and zero-width characters. */
export function stripInvisible(text: string): string {
  return text.replace(invisible, '');
}

/** Collapses runs of whitespace (including no-break spaces) to one space, drops invisible characters, trims. */
export function squash(text: string): string {
  return stripInvisible(text).replace(/\s+/g, ' ').trim();
}

/** Removes a leading bullet marker ("- ", "• ", "· ", "* ", "– "); "-5%" keeps its sign. */
export function stripBullet(line: string): string {
  return squash(line.replace(bulletMarker, ''));
}

/** Cuts text to `max` characters, marking the cut with an ellipsis. */
export function capText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Bullet-stripped, non-empty, capped lines, at most `maxItems` of them. */
export function cleanLines(
  lines: readonly string[],
  maxLength: number,
  maxItems: number,
): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const clean = stripBullet(line);
    if (clean) out.push(capText(clean, maxLength));
    if (out.length >= maxItems) break;
  }
  return out;
}

/** Lower-case, accent-free, full-width-folded text without a trailing colon, for comparing labels. */
export function normalizeHeading(text: string): string {
  return squash(
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[’‘`]/g, "'")
      .replace(/ı/g, 'i'),
  ).replace(/\s*[:：]$/, '');
}

const headingIndex = new Map<string, SectionField>(
  (Object.keys(sectionHeadings) as SectionField[]).flatMap((field) =>
    sectionHeadings[field].map((label) => [normalizeHeading(label), field] as const),
  ),
);

/**
 * Which posting section a heading names, by its whole text ("BASIC QUALIFICATIONS",
 * "CALIFICACIONES BÁSICAS"), or null. Whole-text match only, so a sentence that merely
 * mentions "qualifications" is never taken for a heading.
 */
export function classifyHeading(text: string): SectionField | null {
  if (text.length > 60) return null;
  return headingIndex.get(normalizeHeading(text)) ?? null;
}
