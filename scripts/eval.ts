/**
 * Measures the posting analysis on real postings: `npm run eval [-- --json] [-- --misses N]`.
 * Reads ../shared/data/amazon-postings-dev.json and lp-gold-dev.json (absent in a user's clone: then it
 * says so and exits 0). Truth is kept independent of the classifier:
 *   level_accuracy_titled    band vs the band the title states on the standard ladder (I/II/III,
 *                            Senior, Principal: scripts/eval/level-truth.ts);
 *   level_accuracy_untitled  same postings and truth, with the level words taken out of the title, so
 *                            the band must come from years, scope and the family's usual level;
 *   level_calibration        on those untitled postings, per confidence bucket: how many, the mean
 *                            confidence we claimed and the share that was right;
 *   lp_top3_judged_2, lp_top3_overlap, lp_boilerplate_quotes: likely LPs vs lp-gold-dev.json
 *                            (scripts/eval/lp-gold.ts);
 *   role_family_agreement    family vs a second, separately written title labeller
 *                            (scripts/eval/title-truth.ts): agreement, not proof.
 * Without --json it prints a report with confusion counts and the first misses to tune by.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod/mini';
import { analyzePosting } from '../lib/analysis/analyze';
import { inferLevel } from '../lib/analysis/level';
import { inferRoleFamily } from '../lib/analysis/role-family';
import type { Level } from '../lib/analysis/schema';
import type { LevelBand } from '../lib/families/ids';
import { fromSearchJson } from '../lib/posting/from-search-json';
import type { Posting } from '../lib/posting/schema';
import { stripLevelWords, truthBand } from './eval/level-truth';
import { GoldSchema, boilerplateParagraphs, isBoilerplateQuote, scoreTop3 } from './eval/lp-gold';
import { truthFamily } from './eval/title-truth';

const dataDir = path.resolve(import.meta.dirname, '../../shared/data');
const postingsFile = path.join(dataDir, 'amazon-postings-dev.json');
const goldFile = path.join(dataDir, 'lp-gold-dev.json');
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

const round3 = (x: number) => Math.round(x * 1000) / 1000;
const ratio = (t: Tally) => (t.n ? round3(t.right / t.n) : 0);

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

/** Confidence buckets: the popup calls 0.6 and up "likely". */
const buckets = [
  [0, 0.4],
  [0.4, 0.6],
  [0.6, 0.8],
  [0.8, 1.01],
] as const;
type Bucket = { from: number; to: number; n: number; claimed: number; right: number };

function calibrate(rows: readonly { level: Level; truth: LevelBand }[]): Bucket[] {
  return buckets.map(([from, to]) => {
    const inside = rows.filter(
      (r) => (r.level.confidence ?? 0) >= from && (r.level.confidence ?? 0) < to,
    );
    const claimed = inside.reduce((s, r) => s + (r.level.confidence ?? 0), 0);
    const right = inside.filter((r) => r.level.band === r.truth).length;
    return {
      from,
      to: Math.min(to, 1),
      n: inside.length,
      claimed: inside.length ? round3(claimed / inside.length) : 0,
      right: inside.length ? round3(right / inside.length) : 0,
    };
  });
}

function levelFigures(postings: readonly Posting[]) {
  const family = tally();
  const titled = tally();
  const untitled = tally();
  const rows: { level: Level; truth: LevelBand }[] = [];
  const bySource = new Map<string, Tally>();
  const silent = new Map<LevelBand, number>();
  const times: number[] = [];
  for (const posting of postings) {
    const t0 = performance.now();
    const role = inferRoleFamily(posting);
    const level = inferLevel(posting, role.family);
    times.push(performance.now() - t0);
    count(family, truthFamily(posting.title), role.family, {
      title: posting.title,
      why: role.evidence.join('; '),
    });
    const want = truthBand(posting.title);
    if (!want) {
      silent.set(level.band, (silent.get(level.band) ?? 0) + 1);
      continue;
    }
    count(titled, want, level.band, { title: posting.title, why: level.rationale.join('; ') });
    const stripped = { ...posting, title: stripLevelWords(posting.title) };
    const again = inferLevel(stripped, inferRoleFamily(stripped).family);
    const miss = { title: stripped.title, why: again.rationale.join('; ') };
    count(untitled, want, again.band, miss);
    rows.push({ level: again, truth: want });
    const source = (again.rationale[0] ?? '').replace(/".*$/, '').slice(0, 40);
    const t = bySource.get(source) ?? tally();
    count(t, want, again.band, miss);
    bySource.set(source, t);
  }
  return { family, titled, untitled, rows, bySource, silent, times };
}

function lpFigures(postings: readonly Posting[], golds: z.infer<typeof GoldSchema>) {
  let judged2 = 0;
  let overlap = 0;
  let n = 0;
  let quotes = 0;
  const boilerplate: string[] = [];
  const lines: string[] = [];
  postings.forEach((posting, i) => {
    const gold = golds[i];
    if (!gold) return;
    const analysis = analyzePosting({ posting, missing: [] });
    const top = analysis.lps.filter((lp) => lp.top);
    const ids = top.map((lp) => lp.id);
    const s = scoreTop3(ids, gold);
    judged2 += s.judged2;
    overlap += s.overlap;
    n += 1;
    const paragraphs = boilerplateParagraphs(posting.description);
    for (const lp of top)
      for (const q of lp.evidence) {
        quotes++;
        if (isBoilerplateQuote(q, paragraphs)) boilerplate.push(`${gold.id} ${lp.id}: "${q}"`);
      }
    lines.push(
      `  ${gold.id} ${gold.title.slice(0, 40)}: ours ${ids.slice(0, 3).join(', ')} | judged ${gold.top3.join(', ')} (${s.judged2}/3 are 2s, ${s.overlap}/3 shared)`,
    );
  });
  return {
    lp_top3_judged_2: n ? round3(judged2 / (3 * n)) : 0,
    lp_top3_overlap: n ? round3(overlap / (3 * n)) : 0,
    lp_boilerplate_quotes: boilerplate.length,
    n_lp_postings: n,
    n_lp_top_quotes: quotes,
    lines,
    boilerplate,
  };
}

function main(argv: string[]): number {
  if (!fs.existsSync(postingsFile)) {
    process.stdout.write('eval: ../shared/data/amazon-postings-dev.json not found; skipping\n');
    return 0;
  }
  const json = argv.includes('--json');
  const missArg = argv.indexOf('--misses');
  const misses = missArg >= 0 ? Number(argv[missArg + 1] ?? 15) : 15;
  const postings = toPostings(DataSchema.parse(JSON.parse(fs.readFileSync(postingsFile, 'utf8'))));
  const lv = levelFigures(postings);
  const calibration = calibrate(lv.rows);
  const goldRaw = fs.existsSync(goldFile)
    ? GoldSchema.parse(JSON.parse(fs.readFileSync(goldFile, 'utf8')))
    : [];
  const goldPostings = toPostings(goldRaw);
  const lp = lpFigures(goldPostings, goldRaw);
  const likely = calibration.filter((b) => b.from >= 0.6);
  const likelyN = likely.reduce((s, b) => s + b.n, 0);

  const figures = {
    level_accuracy_titled: ratio(lv.titled),
    level_accuracy_untitled: ratio(lv.untitled),
    level_likely_share_right: likelyN
      ? round3(likely.reduce((s, b) => s + b.right * b.n, 0) / likelyN)
      : 0,
    level_likely_claimed: likelyN
      ? round3(likely.reduce((s, b) => s + b.claimed * b.n, 0) / likelyN)
      : 0,
    level_calibration: calibration,
    lp_top3_judged_2: lp.lp_top3_judged_2,
    lp_top3_overlap: lp.lp_top3_overlap,
    lp_boilerplate_quotes: lp.lp_boilerplate_quotes,
    role_family_agreement: ratio(lv.family),
    n_postings: postings.length,
    n_level_titled: lv.titled.n,
    n_level_silent_title: postings.length - lv.titled.n,
    n_level_silent_unknown: lv.silent.get('unknown') ?? 0,
    n_lp_postings: lp.n_lp_postings,
    infer_median_ms: round3(median(lv.times)),
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(figures)}\n`);
    return 0;
  }
  const spread = [...lv.silent]
    .sort()
    .map(([b, n]) => `${b} ${n}`)
    .join(', ');
  const sources = [...lv.bySource]
    .sort((a, b) => b[1].n - a[1].n)
    .map(([k, t]) => `  ${k || '(none)'}: ${t.right}/${t.n}`);
  process.stdout.write(
    [
      `eval: ${postings.length} postings from ${path.relative(process.cwd(), postingsFile)}`,
      report('level, title states it (standard ladder)', lv.titled, misses),
      report('level, level words removed from the title', lv.untitled, misses),
      'calibration (level words removed): bucket, n, claimed, right',
      ...calibration.map(
        (b) => `  ${b.from}-${b.to}: n ${b.n}, claimed ${b.claimed}, right ${b.right}`,
      ),
      `  "likely" (>= 0.6): claimed ${figures.level_likely_claimed}, right ${figures.level_likely_share_right}`,
      'by first reason (level words removed):',
      ...sources,
      `level, title states none on the standard ladder (${figures.n_level_silent_title} postings): ${spread}`,
      `likely LPs on ${lp.n_lp_postings} judged postings: top 3 judged 2 ${lp.lp_top3_judged_2}, overlap with judged top 3 ${lp.lp_top3_overlap}, boilerplate quotes ${lp.lp_boilerplate_quotes} of ${lp.n_lp_top_quotes}`,
      ...lp.lines,
      ...lp.boilerplate.map((b) => `  boilerplate quote: ${b}`),
      report('role family, agreement with the title labeller', lv.family, misses),
      `inference median ${figures.infer_median_ms} ms per posting`,
      '',
    ].join('\n'),
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
