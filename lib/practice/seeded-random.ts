/**
 * A small seeded random generator (mulberry32) so a marathon drawn from a seed is the same on
 * every run and in tests. Not for anything secret.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Picks `count` distinct indexes, each draw weighted by `weights` (0 never drawn). */
export function weightedSample(
  weights: readonly number[],
  count: number,
  random: () => number,
): number[] {
  const left = weights.map((w, i) => ({ w: Math.max(0, w), i }));
  const out: number[] = [];
  while (out.length < count) {
    const total = left.reduce((n, x) => n + x.w, 0);
    if (total <= 0) break;
    let r = random() * total;
    const k = left.findIndex((x) => (r -= x.w) < 0);
    const [hit] = left.splice(k === -1 ? left.length - 1 : k, 1);
    out.push(hit!.i);
  }
  return out;
}
