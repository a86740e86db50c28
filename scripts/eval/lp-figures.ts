/**
 * LP figures for `npm run eval`, on one judged set at a time: lp-gold-dev.json (15 postings) and the
 * two splits of scripts/eval/lp-labels/labels.json (`tune`, `holdout`), each label joined by id to
 * the posting it judges. Measures, over the LPs we mark `top`:
 *   judged2      share of our top 3 judged 2 (clearly asked);
 *   overlap      share of the judged top 3 in our top 3;
 *   boilerplate  evidence quotes from pitch, benefits, EEO, logistics or link text (this file's
 *                own marks, lp-gold.ts, kept apart from the classifier's);
 *   nearDup      pairs of near-identical quotes under one LP (same words, order aside, or one
 *                quote inside the other).
 */
import fs from 'node:fs';
import * as z from 'zod/mini';
import { analyzePosting } from '../../lib/analysis/analyze';
import { principleIds } from '../../lib/principles/ids';
import { fromSearchJson } from '../../lib/posting/from-search-json';
import type { Posting } from '../../lib/posting/schema';
import { boilerplateParagraphs, isBoilerplateQuote, scoreTop3, type Gold } from './lp-gold';

const LabelSchema = z.array(
  z.looseObject({
    id: z.union([z.string(), z.number()]),
    pool: z.enum(['fulltext', 'dev']),
    labels: z.record(z.enum(principleIds), z.number()),
    top3: z.array(z.enum(principleIds)),
    split: z.enum(['tune', 'holdout']),
  }),
);

export type JudgedPosting = { gold: Gold; posting: Posting; raw: Record<string, unknown> };

const RawSchema = z.array(
  z.looseObject({ id: z.union([z.string(), z.number()]), title: z.string() }),
);

const field = (v: unknown): string => (typeof v === 'string' ? v : '');

function toPosting(job: unknown): Posting | null {
  const r = fromSearchJson(job);
  return r.ok ? r.result.posting : null;
}

/** Labelled postings of one split, joined to their pool by id; ids not found are skipped. */
export function labelledSplit(
  labelsFile: string,
  pools: Readonly<Record<'fulltext' | 'dev', string>>,
  split: 'tune' | 'holdout',
): JudgedPosting[] {
  if (!fs.existsSync(labelsFile)) return [];
  const labels = LabelSchema.parse(JSON.parse(fs.readFileSync(labelsFile, 'utf8')));
  const byPool = new Map<string, Map<string, Record<string, unknown>>>();
  for (const [pool, file] of Object.entries(pools)) {
    const rows = fs.existsSync(file)
      ? RawSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')))
      : [];
    byPool.set(pool, new Map(rows.map((r) => [String(r.id), r])));
  }
  return labels.flatMap((label) => {
    if (label.split !== split) return [];
    const raw = byPool.get(label.pool)?.get(String(label.id));
    const posting = raw ? toPosting(raw) : null;
    if (!raw || !posting) return [];
    const gold = {
      ...raw,
      id: String(label.id),
      title: String(raw.title),
      description: field(raw.description),
      labels: label.labels,
      top3: label.top3,
      quotes: label.quotes,
    } as Gold;
    return [{ gold, posting, raw }];
  });
}

const words = (q: string) =>
  q
    .toLowerCase()
    .replace(/…|\.\.\./g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Two quotes a reader would call the same: one inside the other, or 80% of the words shared. */
export function nearDuplicate(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  const jx = x.join(' ');
  const jy = y.join(' ');
  if (!jx || !jy) return false;
  if (jx.includes(jy) || jy.includes(jx)) return true;
  const sy = new Set(y);
  const shared = x.filter((w) => sy.has(w)).length;
  return shared / Math.min(x.length, y.length) >= 0.8;
}

/** The posting's raw fields as plain paragraphs, for the boilerplate marks. */
function rawParagraphs(raw: Record<string, unknown>): string[] {
  return boilerplateParagraphs(
    [raw.description, raw.basic_qualifications, raw.preferred_qualifications]
      .map((f) =>
        field(f)
          .replace(/<br\s*\/?>|<\/(?:p|li|div)>/gi, '\n')
          .replace(/<[^>]+>/g, ' '),
      )
      .join('\n'),
  );
}

/**
 * Boilerplate quotes over a whole unlabelled pool (every evidence quote of every LP we list),
 * measured on postings nobody tuned on.
 */
export function poolBoilerplate(file: string): { n: number; quotes: number; flagged: string[] } {
  if (!fs.existsSync(file)) return { n: 0, quotes: 0, flagged: [] };
  const rows = RawSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  let quotes = 0;
  const flagged: string[] = [];
  for (const raw of rows) {
    const posting = toPosting(raw);
    if (!posting) continue;
    const paragraphs = rawParagraphs(raw);
    for (const lp of analyzePosting({ posting, missing: [] }).lps)
      for (const q of lp.evidence) {
        quotes++;
        if (isBoilerplateQuote(q, paragraphs)) flagged.push(`${raw.id} ${lp.id}: "${q}"`);
      }
  }
  return { n: rows.length, quotes, flagged };
}

export type LpFigures = {
  judged2: number;
  overlap: number;
  boilerplate: number;
  nearDup: number;
  n: number;
  quotes: number;
  lines: string[];
  flagged: string[];
};

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function lpFigures(judged: readonly JudgedPosting[]): LpFigures {
  let judged2 = 0;
  let overlap = 0;
  let quotes = 0;
  let nearDup = 0;
  let boilerplate = 0;
  const lines: string[] = [];
  const flagged: string[] = [];
  for (const { gold, posting, raw } of judged) {
    const analysis = analyzePosting({ posting, missing: [] });
    const top = analysis.lps.filter((lp) => lp.top);
    const ids = top.map((lp) => lp.id);
    const s = scoreTop3(ids, gold);
    judged2 += s.judged2;
    overlap += s.overlap;
    const paragraphs = rawParagraphs(raw);
    for (const lp of top) {
      lp.evidence.forEach((q, i) => {
        quotes++;
        if (isBoilerplateQuote(q, paragraphs)) {
          boilerplate++;
          flagged.push(`${gold.id} ${lp.id} boilerplate: "${q}"`);
        }
        for (const other of lp.evidence.slice(0, i))
          if (nearDuplicate(q, other)) {
            nearDup++;
            flagged.push(`${gold.id} ${lp.id} near-duplicate: "${q}" ~ "${other}"`);
          }
      });
    }
    lines.push(
      `  ${gold.id} ${gold.title.slice(0, 40)}: ours ${ids.slice(0, 3).join(', ')} | judged ${gold.top3.join(', ')} (${s.judged2}/3 are 2s, ${s.overlap}/3 shared)`,
    );
  }
  const n = judged.length;
  return {
    judged2: n ? round3(judged2 / (3 * n)) : 0,
    overlap: n ? round3(overlap / (3 * n)) : 0,
    boilerplate,
    nearDup,
    n,
    quotes,
    lines,
    flagged,
  };
}
