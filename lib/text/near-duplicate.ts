/**
 * Near-identical quotes: a reader sees two quotes of one sentence, cut differently, as the same
 * evidence twice. Two quotes are near-identical when one's words sit inside the other's, or when
 * four in five of the shorter one's words are in the longer one.
 */

const wordsOf = (quote: string): string[] =>
  quote
    .toLowerCase()
    .replace(/…|\.\.\./g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

export function nearlySame(a: string, b: string): boolean {
  const x = wordsOf(a);
  const y = wordsOf(b);
  if (!x.length || !y.length) return false;
  const jx = ` ${x.join(' ')} `;
  const jy = ` ${y.join(' ')} `;
  if (jx.includes(jy) || jy.includes(jx)) return true;
  const [short, long] = x.length <= y.length ? [x, new Set(y)] : [y, new Set(x)];
  return short.filter((w) => long.has(w)).length / short.length >= 0.8;
}

/** The quotes in order, each dropped when it is nearly the same as one kept before it. */
export function distinctQuotes(quotes: readonly string[]): string[] {
  const kept: string[] = [];
  for (const q of quotes) if (q && !kept.some((k) => nearlySame(k, q))) kept.push(q);
  return kept;
}
