import type { SectionField } from './section-headings';
import { sectionHeadings } from './section-headings';

const bulletMarker = /^(?:[-*–—]\s+|[•·・･▪◦●‣]\s*)/;

/** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
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
