/**
 * Chooses the postings to label, reproducibly: `npx tsx scripts/eval/lp-labels/select.ts [--json]`.
 * Four strata, each spread over title families by a seeded round robin (seed 17), then interleaved so that
 * any prefix of the list is spread too (postings were labelled in this order):
 *   fulltext 2023, outside the US: every readable posting (at most 10% "?" from lost characters), one of
 *     each duplicated text;
 *   fulltext 2023, US: 12;  fulltext 2012-2017 (US): 50;  dev pool with a description over 400 characters: 30.
 * The 15 ids of lp-gold-dev.json are left out. The split is fixed by the id alone (pool.ts `splitOf`).
 */
import { goldIds, loadPools, splitOf, type PoolPosting } from './pool';

const SEED = 17;

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(xs: readonly T[], rand: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** One posting of each family in turn (families and members in seeded order) until n are taken. */
function spread(ps: readonly PoolPosting[], n: number, rand: () => number): PoolPosting[] {
  const byFamily = new Map<string, PoolPosting[]>();
  for (const p of [...ps].sort((a, b) => a.id.localeCompare(b.id)))
    byFamily.set(p.family, [...(byFamily.get(p.family) ?? []), p]);
  const queues = shuffle(
    [...byFamily.keys()].sort().map((f) => shuffle(byFamily.get(f) ?? [], rand)),
    rand,
  );
  const out: PoolPosting[] = [];
  while (out.length < n && queues.some((q) => q.length)) {
    for (const q of queues) {
      const p = q.shift();
      if (p && out.length < n) out.push(p);
    }
  }
  return out;
}

function unreadable(p: PoolPosting): boolean {
  return (p.text.match(/\?/g)?.length ?? 0) / p.text.length > 0.1;
}

function distinct(ps: readonly PoolPosting[]): PoolPosting[] {
  const seen = new Set<string>();
  return ps.filter((p) => {
    const body = p.text.slice(p.title.length);
    if (seen.has(body)) return false;
    seen.add(body);
    return true;
  });
}

/** Even interleave: the i-th of a stratum of n sits at (i + 0.5) / n. */
function interleave(strata: readonly PoolPosting[][]): PoolPosting[] {
  const keyed = strata.flatMap((s, k) => s.map((p, i) => ({ p, key: (i + 0.5) / s.length, k })));
  return keyed.sort((a, b) => a.key - b.key || a.k - b.k).map((x) => x.p);
}

export function selectPostings(pools: Map<string, PoolPosting>): PoolPosting[] {
  const rand = mulberry32(SEED);
  const gold = goldIds();
  const all = [...pools.values()].filter((p) => !gold.has(p.id));
  const ft = all.filter((p) => p.pool === 'fulltext');
  const nonUs23 = distinct(
    ft.filter((p) => p.year === '2023' && p.country !== 'USA' && !unreadable(p)),
  );
  const us23 = distinct(ft.filter((p) => p.year === '2023' && p.country === 'USA'));
  const older = ft.filter((p) => p.year !== '2023');
  const dev = all.filter((p) => p.pool === 'dev' && p.descriptionLength > 400);
  return interleave([
    spread(nonUs23, nonUs23.length, rand),
    spread(us23, 12, rand),
    spread(older, 50, rand),
    spread(dev, 30, rand),
  ]);
}

function main(): void {
  const pools = loadPools();
  if (!pools) {
    process.stdout.write('lp-labels select: ../shared/data not found; skipping\n');
    return;
  }
  const chosen = selectPostings(pools);
  if (process.argv.includes('--json')) {
    const rows = chosen.map((p) => ({ id: p.id, pool: p.pool, split: splitOf(p.id) }));
    process.stdout.write(`${JSON.stringify(rows, null, 1)}\n`);
    return;
  }
  for (const [i, p] of chosen.entries())
    process.stdout.write(
      `${i + 1}\t${p.pool}\t${p.id}\t${splitOf(p.id)}\t${p.family}\t${p.country}\t${p.year}\t${p.title}\n`,
    );
}

if (process.argv[1]?.endsWith('select.ts')) main();
