/**
 * Measures role-family and level inference on real postings: `npm run eval [-- --json] [-- --misses N]`.
 * Reads ../shared/data/amazon-postings-dev.json (absent in a user's clone: then it says so and exits 0).
 * Truth comes from the titles only (scripts/eval/title-truth.ts documents the rules):
 *   role_family_accuracy     family inferred from the whole posting vs the title labeller's family;
 *   level_accuracy_titled    band vs the band the title prints, on postings whose title prints one;
 *   level_accuracy_untitled  same postings and truth, with the level words taken out of the title, so
 *                            the band must come from years and scope alone.
 * Without --json it prints a report with confusion counts and the first misses to tune by.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod/mini';
import { fromSearchJson } from '../lib/posting/from-search-json';
import { inferLevel } from '../lib/analysis/level';
import { inferRoleFamily } from '../lib/analysis/role-family';
import type { LevelBand, RoleFamily } from '../lib/families/ids';
import type { Posting } from '../lib/posting/schema';
import { stripLevelWords, truthBand, truthFamily } from './eval/title-truth';

const file = path.resolve(import.meta.dirname, '../../shared/data/amazon-postings-dev.json');
const DataSchema = z.array(z.looseObject({ title: z.string() }));

type Miss = { title: string; truth: string; got: string; why: string };
type Tally = { n: number; right: number; pairs: Map<string, number>; misses: Miss[] };

function tally(): Tally {
  return { n: 0, right: 0, pairs: new Map(), misses: [] };
}

function count(t: Tally, truth: string, got: string, miss: Omit<Miss, 'truth' | 'got'>): void {
  t.n++;
  if (truth === got) {
    t.right++;
    return;
  }
  const key = `${truth} -> ${got}`;
  t.pairs.set(key, (t.pairs.get(key) ?? 0) + 1);
  t.misses.push({ ...miss, truth, got });
}

const ratio = (t: Tally) => (t.n ? Math.round((t.right / t.n) * 1000) / 1000 : 0);

function report(name: string, t: Tally, misses: number): string {
  const lines = [`${name}: ${t.right}/${t.n} = ${(ratio(t) * 100).toFixed(1)}%`];
  const pairs = [...t.pairs].sort((a, b) => b[1] - a[1]);
  if (pairs.length) lines.push(`  confusions: ${pairs.map(([k, v]) => `${k} x${v}`).join('; ')}`);
  for (const m of t.misses.slice(0, misses))
    lines.push(`  miss: "${m.title}" truth ${m.truth}, got ${m.got} (${m.why})`);
  return lines.join('\n');
}

function toPostings(raw: unknown[]): Posting[] {
  return raw.flatMap((job) => {
    const r = fromSearchJson(job);
    return r.ok ? [r.result.posting] : [];
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function main(argv: string[]): number {
  if (!fs.existsSync(file)) {
    process.stdout.write('eval: ../shared/data/amazon-postings-dev.json not found; skipping\n');
    return 0;
  }
  const json = argv.includes('--json');
  const missArg = argv.indexOf('--misses');
  const misses = missArg >= 0 ? Number(argv[missArg + 1] ?? 15) : 15;
  const postings = toPostings(DataSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8'))));

  const family = tally();
  const titled = tally();
  const untitled = tally();
  const untitledKnown = tally();
  const silent = new Map<LevelBand, number>();
  const times: number[] = [];
  for (const posting of postings) {
    const t0 = performance.now();
    const role = inferRoleFamily(posting);
    const level = inferLevel(posting, role.family);
    times.push(performance.now() - t0);
    const wantFamily: RoleFamily = truthFamily(posting.title);
    count(family, wantFamily, role.family, { title: posting.title, why: role.evidence.join('; ') });
    const wantBand = truthBand(posting.title);
    if (!wantBand) {
      silent.set(level.band, (silent.get(level.band) ?? 0) + 1);
      continue;
    }
    count(titled, wantBand, level.band, { title: posting.title, why: level.rationale.join('; ') });
    const stripped = { ...posting, title: stripLevelWords(posting.title) };
    const again = inferLevel(stripped, inferRoleFamily(stripped).family);
    const miss = { title: stripped.title, why: again.rationale.join('; ') };
    count(untitled, wantBand, again.band, miss);
    if (again.band !== 'unknown') count(untitledKnown, wantBand, again.band, miss);
  }

  const figures = {
    role_family_accuracy: ratio(family),
    level_accuracy_titled: ratio(titled),
    level_accuracy_untitled: ratio(untitled),
    n_postings: postings.length,
    n_role_family: family.n,
    n_level_titled: titled.n,
    n_level_untitled: untitled.n,
    level_accuracy_untitled_when_known: ratio(untitledKnown),
    n_level_untitled_known: untitledKnown.n,
    n_level_silent_title: postings.length - titled.n,
    n_level_silent_unknown: silent.get('unknown') ?? 0,
    infer_median_ms: Math.round(median(times) * 1000) / 1000,
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(figures)}\n`);
    return 0;
  }
  const spread = [...silent]
    .sort()
    .map(([b, n]) => `${b} ${n}`)
    .join(', ');
  process.stdout.write(
    [
      `eval: ${postings.length} postings from ${path.relative(process.cwd(), file)}`,
      report('role family', family, misses),
      report('level, title states it', titled, misses),
      report('level, level words removed from the title', untitled, misses),
      `  of which ${untitledKnown.n} got a band (the rest say "unknown": no years, no scope words): ` +
        `${untitledKnown.right}/${untitledKnown.n} = ${(ratio(untitledKnown) * 100).toFixed(1)}% right`,
      `level, title states none (${figures.n_level_silent_title} postings): ${spread}`,
      `inference median ${figures.infer_median_ms} ms per posting`,
      '',
    ].join('\n'),
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
