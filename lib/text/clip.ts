import { trimDangling } from './clauses';

/**
 * Text cut to at most `max` characters for a quote: at a word boundary, never inside a word, with
 * no function word left hanging, marked with one "…" (and none when nothing was cut).
 */
export function clipAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max);
  const space = room.lastIndexOf(' ');
  const cut = (space > 0 ? room.slice(0, space) : room).replace(/[\s,;:\-–—…]+$/, '');
  return `${trimDangling(cut)}…`;
}
