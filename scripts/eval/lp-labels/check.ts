/**
 * Validates labels.json: `npx tsx scripts/eval/lp-labels/check.ts [--stats]`.
 * Each entry names a posting that exists in its pool (and is not one of lp-gold-dev.json's 15), labels all
 * 16 LPs 0/1/2, quotes every 1 and 2 with a phrase found verbatim in the posting (tags removed, whitespace
 * collapsed, as the rubric says), puts 2s in its top 3 where there are enough, and carries the split the
 * fixed id rule gives. Exits 1 naming each failure; skips when ../shared/data is absent. --stats also
 * prints the counts per pool, title family, country, year and split, and the label distribution per LP.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { principleIds, type PrincipleId } from '../../../lib/principles/ids';
import { goldIds, loadPools, normalise, splitOf, type PoolPosting } from './pool';

const labelsFile = path.join(import.meta.dirname, 'labels.json');

const Lp = z.enum(principleIds);
const EntrySchema = z.strictObject({
  id: z.string().min(1),
  pool: z.enum(['fulltext', 'dev']),
  labels: z.record(Lp, z.union([z.literal(0), z.literal(1), z.literal(2)])),
  quotes: z.partialRecord(Lp, z.string().min(1)),
  top3: z.array(Lp).max(3),
  split: z.enum(['tune', 'holdout']),
});
export const LabelsSchema = z.array(EntrySchema);
export type LabelEntry = z.infer<typeof EntrySchema>;

function checkQuotes(e: LabelEntry, posting: PoolPosting, fail: (m: string) => void): void {
  for (const lp of principleIds) {
    const quote = e.quotes[lp];
    if (e.labels[lp] > 0 && !quote) fail(`${lp} is ${e.labels[lp]} but has no quote`);
    if (e.labels[lp] === 0 && quote) fail(`${lp} is 0 but has a quote`);
    if (quote && !posting.text.includes(normalise(quote)))
      fail(`${lp} quote not found verbatim: "${quote}"`);
  }
}

function checkTop3(e: LabelEntry, fail: (m: string) => void): void {
  const nonZero = principleIds.filter((lp) => e.labels[lp] > 0).length;
  const twos = principleIds.filter((lp) => e.labels[lp] === 2).length;
  if (new Set(e.top3).size !== e.top3.length) fail('top3 repeats an LP');
  if (e.top3.length !== Math.min(3, nonZero))
    fail(`top3 has ${e.top3.length} LPs; expected ${Math.min(3, nonZero)}`);
  for (const lp of e.top3) if (e.labels[lp] === 0) fail(`top3 holds ${lp}, labelled 0`);
  const topTwos = e.top3.filter((lp) => e.labels[lp] === 2).length;
  if (topTwos < Math.min(3, twos))
    fail(`top3 holds ${topTwos} LPs labelled 2 of ${twos} available`);
}

export function checkEntries(
  entries: readonly LabelEntry[],
  pools: Map<string, PoolPosting>,
  gold: ReadonlySet<string>,
): string[] {
  const failures: string[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    const fail = (m: string) => failures.push(`${e.pool}:${e.id}: ${m}`);
    const posting = pools.get(`${e.pool}:${e.id}`);
    if (seen.has(e.id)) fail('labelled twice');
    seen.add(e.id);
    if (gold.has(e.id)) fail('is one of the 15 postings of lp-gold-dev.json');
    if (e.split !== splitOf(e.id)) fail(`split is ${e.split}; the id rule gives ${splitOf(e.id)}`);
    for (const lp of principleIds) if (!(lp in e.labels)) fail(`${lp} is not labelled`);
    if (!posting) {
      fail('not found in its pool');
      continue;
    }
    checkQuotes(e, posting, fail);
    checkTop3(e, fail);
  }
  return failures;
}

function tallyBy(
  entries: readonly LabelEntry[],
  pools: Map<string, PoolPosting>,
  key: (p: PoolPosting) => string,
): string {
  const counts = new Map<string, number>();
  for (const e of entries) {
    const p = pools.get(`${e.pool}:${e.id}`);
    const k = p ? key(p) : 'missing';
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}

function stats(entries: readonly LabelEntry[], pools: Map<string, PoolPosting>): string {
  const by = (name: string, key: (p: PoolPosting) => string) =>
    `${name}: ${tallyBy(entries, pools, key)}`;
  return [
    by('pool', (p) => p.pool),
    by('family', (p) => p.family),
    by('country', (p) => p.country),
    by('year', (p) => p.year),
    by('split', (p) => splitOf(p.id)),
    '',
    lpTable(entries),
  ].join('\n');
}

function lpTable(entries: readonly LabelEntry[]): string {
  const rows = principleIds.map((lp: PrincipleId) => {
    const n = [0, 1, 2].map((v) => entries.filter((e) => e.labels[lp] === v).length);
    const top = entries.filter((e) => e.top3.includes(lp)).length;
    return `| ${lp} | ${n[2]} | ${n[1]} | ${n[0]} | ${top} |`;
  });
  return ['| LP | 2 | 1 | 0 | in top3 |', '|---|---|---|---|---|', ...rows].join('\n');
}

function main(): void {
  const pools = loadPools();
  if (!pools) {
    process.stdout.write('lp-labels check: ../shared/data not found; skipping\n');
    return;
  }
  const parsed = LabelsSchema.safeParse(JSON.parse(fs.readFileSync(labelsFile, 'utf8')));
  if (!parsed.success) {
    process.stderr.write(
      `lp-labels check: labels.json does not match the schema\n${z.prettifyError(parsed.error)}\n`,
    );
    process.exit(1);
  }
  const entries = parsed.data;
  const failures = checkEntries(entries, pools, goldIds());
  for (const f of failures) process.stderr.write(`FAIL ${f}\n`);
  const holdout = entries.filter((e) => e.split === 'holdout').length;
  process.stdout.write(
    `lp-labels check: ${entries.length} postings (${holdout} holdout), ${failures.length} failures\n`,
  );
  if (process.argv.includes('--stats')) process.stdout.write(`${stats(entries, pools)}\n`);
  if (failures.length) process.exit(1);
}

main();
