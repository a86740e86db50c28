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
 *   lp_top3_judged_2, lp_top3_overlap, lp_boilerplate_quotes, lp_near_duplicate_quotes: likely
 *                            LPs vs lp-gold-dev.json (scripts/eval/lp-gold.ts, lp-figures.ts);
 *   lp_tune_*, lp_holdout_*  the same on the two splits of eval/lp-labels/labels.json (tune on
 *                            lp-gold-dev and tune only; holdout is the figure to report);
 *   lp_fulltext_boilerplate_quotes  evidence quotes (every LP listed) from boilerplate on the 789
 *                            unlabelled fulltext postings;
 *   role_family_agreement    family vs a second, separately written title labeller
 *                            (scripts/eval/title-truth.ts): agreement, not proof.
 * Without --json it prints a report with confusion counts and the first misses to tune by.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod/mini';
import { inferLevel } from '../lib/analysis/level';
import { inferRoleFamily } from '../lib/analysis/role-family';
import type { Level } from '../lib/analysis/schema';
import type { LevelBand } from '../lib/families/ids';
import { fromSearchJson } from '../lib/posting/from-search-json';
import type { Posting } from '../lib/posting/schema';
import { stripLevelWords, truthBand } from './eval/level-truth';
import { GoldSchema } from './eval/lp-gold';
import {
  labelledSplit,
  lpFigures,
  poolBoilerplate,
  type JudgedPosting,
  type LpFigures,
} from './eval/lp-figures';
import { truthFamily } from './eval/title-truth';

/** LOOPREADY_DATA_DIR points at the data from a worktree that is not a sibling of ../shared. */
const dataDir =
  process.env.LOOPREADY_DATA_DIR ?? path.resolve(import.meta.dirname, '../../shared/data');
const postingsFile = path.join(dataDir, 'amazon-postings-dev.json');
const goldFile = path.join(dataDir, 'lp-gold-dev.json');
const fulltextFile = path.join(dataDir, 'amazon-postings-fulltext-dev.json');
/** LP_LABELS_FILE reads the labels from another worktree before they are merged. */
const labelsFile =
  process.env.LP_LABELS_FILE ?? path.resolve(import.meta.dirname, 'eval/lp-labels/labels.json');
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
    const source = (again.rationale[0] ?? '').replace(/“.*$/, '').slice(0, 40);
    const t = bySource.get(source) ?? tally();
    count(t, want, again.band, miss);
    bySource.set(source, t);
  }
  return { family, titled, untitled, rows, bySource, silent, times };
}

function lpReport(name: string, f: LpFigures): string[] {
  return [
    `likely LPs on ${f.n} ${name} postings: top 3 judged 2 ${f.judged2}, overlap with judged top 3 ${f.overlap}, boilerplate quotes ${f.boilerplate} and near-duplicate quotes ${f.nearDup} of ${f.quotes}`,
    ...f.lines,
    ...f.flagged.map((b) => `  ${b}`),
  ];
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
  const goldJudged: JudgedPosting[] = goldRaw.flatMap((gold) => {
    const [posting] = toPostings([gold]);
    return posting ? [{ gold, posting, raw: gold }] : [];
  });
  const pools = { fulltext: fulltextFile, dev: postingsFile };
  const lp = lpFigures(goldJudged);
  const tune = lpFigures(labelledSplit(labelsFile, pools, 'tune'));
  const holdout = lpFigures(labelledSplit(labelsFile, pools, 'holdout'));
  const pool = poolBoilerplate(fulltextFile);
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
    lp_top3_judged_2: lp.judged2,
    lp_top3_overlap: lp.overlap,
    lp_boilerplate_quotes: lp.boilerplate,
    lp_near_duplicate_quotes: lp.nearDup,
    lp_tune_top3_judged_2: tune.judged2,
    lp_tune_top3_overlap: tune.overlap,
    lp_tune_boilerplate_quotes: tune.boilerplate,
    lp_tune_near_duplicate_quotes: tune.nearDup,
    lp_holdout_top3_judged_2: holdout.judged2,
    lp_holdout_top3_overlap: holdout.overlap,
    lp_holdout_boilerplate_quotes: holdout.boilerplate,
    lp_holdout_near_duplicate_quotes: holdout.nearDup,
    lp_fulltext_boilerplate_quotes: pool.flagged.length,
    lp_fulltext_quotes: pool.quotes,
    role_family_agreement: ratio(lv.family),
    n_postings: postings.length,
    n_level_titled: lv.titled.n,
    n_level_silent_title: postings.length - lv.titled.n,
    n_level_silent_unknown: lv.silent.get('unknown') ?? 0,
    n_lp_postings: lp.n,
    n_lp_tune_postings: tune.n,
    n_lp_holdout_postings: holdout.n,
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
      ...lpReport('lp-gold-dev', lp),
      ...lpReport('lp-labels tune', tune),
      ...lpReport('lp-labels holdout', holdout),
      `boilerplate quotes over all LPs of ${pool.n} fulltext postings: ${pool.flagged.length} of ${pool.quotes}`,
      ...pool.flagged.slice(0, misses).map((b) => `  ${b}`),
      report('role family, agreement with the title labeller', lv.family, misses),
      `inference median ${figures.infer_median_ms} ms per posting`,
      '',
    ].join('\n'),
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
