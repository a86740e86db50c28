/**
 * The two posting pools the LP labels are drawn from, read from ../shared/data (absent in a user's clone),
 * with the text normalisation the rubric uses for quotes, a coarse role family from the title, the year,
 * and the fixed tune/holdout rule (decided by the id alone, before any label was made).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const dataDir = path.resolve(import.meta.dirname, '../../../../shared/data');
export const fulltextFile = path.join(dataDir, 'amazon-postings-fulltext-dev.json');
export const devFile = path.join(dataDir, 'amazon-postings-dev.json');
export const goldFile = path.join(dataDir, 'lp-gold-dev.json');

const RawSchema = z.array(
  z.looseObject({
    id: z.string(),
    title: z.string(),
    category: z.string().optional(),
    location: z.string().optional(),
    description: z.string(),
    basic_qualifications: z.string(),
    preferred_qualifications: z.string(),
    posted: z.string().optional(),
    country: z.string().optional(),
  }),
);

export type Pool = 'fulltext' | 'dev';
export type PoolPosting = {
  id: string;
  pool: Pool;
  title: string;
  category: string;
  country: string;
  year: string;
  family: string;
  /** Length of the raw description field (the dev pool mostly lacks one). */
  descriptionLength: number;
  /** Title, description and both qualification fields, tags removed and whitespace collapsed. */
  text: string;
};

/** Tags become spaces, the few entities are decoded, runs of whitespace become one space. */
export function normalise(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Year of a fulltext posting ("2016-05-03" or "September 25, 2023"); dev postings carry none. */
function yearOf(posted: string | undefined): string {
  const m = /^(\d{4})/.exec(posted ?? '') ?? /(\d{4})\s*$/.exec(posted ?? '');
  return m?.[1] ?? 'n/a';
}

/** Country: the fulltext field, else the first part of the dev location ("IND, KA, Bangalore"). */
function countryOf(country: string | undefined, location: string | undefined): string {
  if (country) return country;
  const head = (location ?? '').split(',')[0]?.trim() ?? '';
  return head === 'US' ? 'USA' : head || 'n/a';
}

/** Coarse family from the title, first match wins; for spreading the choice and counting, not truth. */
const familyRules: [string, RegExp][] = [
  ['intern', /\bintern(ship)?\b/i],
  ['software-manager', /\b(software|sw|sde)\b.*\bmanager\b|\bsdm\b|development manager/i],
  ['tpm', /tech(nical)? program manager|\btpm\b/i],
  ['product-manager', /product manager|product owner|\bpm-t\b|product management/i],
  ['program-manager', /program manager|program lead|project manager/i],
  ['solutions-architect', /solutions? architect|consultant|architect/i],
  ['scientist', /scientist|economist|research/i],
  ['bi-data', /business intel(ligence)?|\bbie\b|data engineer|analyst|analytics|data scien/i],
  [
    'software',
    /so?ftware|\bsde\b|developer|dev(elopment)? engineer|front.?end|back.?end|web development/i,
  ],
  ['ux-design', /\bux\b|design(er)?\b(?!.*engineer)/i],
  ['support', /support|technician|customer service|associate|liaison/i],
  ['sales-account', /account|sales|business development|\bbd\b|partner manager|marketing/i],
  ['hr', /\bhr\b|human resources|recruit|talent|compensation|training/i],
  ['finance', /financ|accountant|tax|treasury|audit/i],
  [
    'operations',
    /operations|logistics|transportation|supply|instock|vendor|safety|ehs|maintenance|building|loss prevention|medical|pharmacy|procurement|waste|instandhaltung|ambiental/i,
  ],
  ['engineer-other', /engineer/i],
  ['manager-other', /manager|lead|head/i],
];

export function familyOf(title: string): string {
  return familyRules.find(([, re]) => re.test(title))?.[0] ?? 'other';
}

/** About 40% holdout, fixed by the id: the first 4 hex digits of sha256(id) below 0.4 * 65536. */
export function splitOf(id: string): 'tune' | 'holdout' {
  const h = parseInt(createHash('sha256').update(id).digest('hex').slice(0, 4), 16);
  return h < 0.4 * 65536 ? 'holdout' : 'tune';
}

function load(file: string, pool: Pool): PoolPosting[] {
  const raw = RawSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  return raw.map((r) => ({
    id: r.id,
    pool,
    title: r.title,
    category: r.category ?? '',
    country: countryOf(r.country, r.location),
    year: yearOf(r.posted),
    family: familyOf(r.title),
    descriptionLength: r.description.length,
    text: normalise(
      [r.title, r.description, r.basic_qualifications, r.preferred_qualifications].join('\n'),
    ),
  }));
}

/** Both pools keyed by `${pool}:${id}`, or null when ../shared/data is absent. */
export function loadPools(): Map<string, PoolPosting> | null {
  if (!fs.existsSync(fulltextFile) || !fs.existsSync(devFile)) return null;
  const all = [...load(fulltextFile, 'fulltext'), ...load(devFile, 'dev')];
  return new Map(all.map((p) => [`${p.pool}:${p.id}`, p]));
}

/** Ids of the 15 postings in lp-gold-dev.json (never relabelled here). */
export function goldIds(): Set<string> {
  if (!fs.existsSync(goldFile)) return new Set();
  const gold = z
    .array(z.looseObject({ id: z.string() }))
    .parse(JSON.parse(fs.readFileSync(goldFile, 'utf8')));
  return new Set(gold.map((g) => g.id));
}
