/**
 * Scores likely-LP rankings against lp-gold-dev.json (labels judged by hand; rubric in lp-gold-dev.md).
 *
 * - lp_top3_judged_2: share of our top-3 LPs the judge marked 2 (the role's text clearly asks for it).
 * - lp_top3_overlap: |our top 3 ∩ judged top 3| / 3, averaged over postings.
 * - lp_boilerplate_quotes: evidence quotes of our top LPs that sit in hiring boilerplate. The check
 *   is this file's own short list of boilerplate openings (not the classifier's detector): a quote
 *   counts when the paragraph it comes from contains one of them.
 */
import { z } from 'zod';
import type { PrincipleId } from '../../lib/principles/ids';
import { principleIds } from '../../lib/principles/ids';

export const GoldSchema = z.array(
  z.looseObject({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    labels: z.record(z.enum(principleIds), z.number()),
    top3: z.array(z.enum(principleIds)),
  }),
);
export type Gold = z.infer<typeof GoldSchema>[number];

/** Openings of paragraphs every posting of a kind carries; written for the eval, not shared. */
const boilerplateMarks = [
  'equal opportunity',
  'inclusive culture',
  'accommodation',
  'recruiting decisions',
  'privacy',
  "earth's most customer-centric",
  'earth’s most customer-centric',
  'hire the best minds',
  'company dna',
  'most beloved brands',
  'world’s most innovative',
  "world's most innovative",
  'pioneered',
  'about aws',
  'diverse experiences',
  'work/life',
  'work-life',
  'mentorship & career growth',
  'mentorship and career growth',
  // Benefits, hiring logistics and links (the eval's own marks).
  '401(k)',
  '401k',
  'reimburse',
  'health insurance',
  'paid time off',
  'parental leave',
  'location preference',
  'for more details',
  'for more information',
  'http',
  'www.',
];

/** Paragraphs of the posting's plain text that carry a boilerplate mark. */
export function boilerplateParagraphs(plain: string): string[] {
  return plain
    .split(/\n+/)
    .filter((p) => boilerplateMarks.some((m) => p.toLowerCase().includes(m)))
    .map((p) => p.replace(/\s+/g, ' ').toLowerCase());
}

export function isBoilerplateQuote(quote: string, paragraphs: readonly string[]): boolean {
  const q = quote
    .replace(/\s+/g, ' ')
    .replace(/\.\.\.|…/g, '')
    .trim()
    .toLowerCase();
  return q.length > 0 && paragraphs.some((p) => p.includes(q));
}

export type LpScore = { judged2: number; overlap: number };

export function scoreTop3(ours: readonly PrincipleId[], gold: Gold): LpScore {
  const top = ours.slice(0, 3);
  return {
    judged2: top.filter((id) => gold.labels[id] === 2).length,
    overlap: top.filter((id) => gold.top3.includes(id)).length,
  };
}
