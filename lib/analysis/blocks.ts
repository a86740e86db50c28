import type { Posting } from '../posting/schema';
import {
  benefitCues,
  eeoCues,
  headingCues,
  linkCues,
  logisticsCues,
  type BlockKind,
} from './block-cues-data';
import { isBoilerplate, isCompanyPraise } from './boilerplate';

export type { BlockKind } from './block-cues-data';

/**
 * Cuts a posting into blocks by what each says: the role and team text, responsibilities, basic
 * and preferred qualifications, the company pitch, benefits and perks, EEO and accommodation,
 * hiring logistics and links.
 * What: the description is read line by line. A short heading line ("About the team", "Key job
 * responsibilities", "Benefits", "About AWS", in any locale of block-cues-data.ts) sets the kind of
 * the lines under it; each line is then checked on its own for link, EEO, benefit and logistics
 * cues and for company-pitch paragraphs (boilerplate.ts), which override the heading. Lines before
 * any heading are role text. Qualification lines keep their section unless a line cue says they
 * are EEO, benefit, logistics or link text (some postings end the preferred list with the EEO
 * notice). A team's own mission paragraph has no pitch cue and stays role text.
 * Why: only the role's own text is evidence of what the role asks (rubric in
 * ../shared/data/lp-gold-dev.md); perks and pitch words ("customer", "mentoring programme") read
 * as asks and as level cues otherwise.
 * Known false positives: a role line that names a benefit ("you will run the relocation benefit
 * programme") is read as a benefit.
 */

export type Block = { kind: BlockKind; text: string };

/** Kinds whose text is the role's own and may be quoted as evidence. */
export const evidenceKinds: ReadonlySet<BlockKind> = new Set([
  'role',
  'responsibilities',
  'basic',
  'preferred',
]);

const maxHeading = 60;

/** The kind a heading line opens, or null when the line is not a heading. */
export function headingKind(line: string): BlockKind | null {
  const bare = line
    .trim()
    .replace(/^[\s\-–—*•#]+/, '')
    .replace(/[:：]\s*$/, '');
  if (!bare || bare.length > maxHeading || /[.!。]$/.test(bare)) return null;
  for (const [kind, re] of headingCues) if (re.test(bare)) return kind;
  return null;
}

/**
 * The kind a line's own words give it (links, EEO, benefits, logistics and, with `pitch`, company
 * pitch), or null. Qualification lines skip the pitch test: "graduate" and "university" there ask.
 */
export function lineKind(line: string, pitch = true): BlockKind | null {
  if (linkCues.some((re) => re.test(line))) return 'links';
  if (eeoCues.some((re) => re.test(line))) return 'eeo';
  if (benefitCues.some((re) => re.test(line))) return 'benefits';
  if (logisticsCues.some((re) => re.test(line))) return 'logistics';
  if (pitch && isBoilerplate(line)) return 'pitch';
  return null;
}

/** Sentences of company praise taken out of a role line ("Amazon is Earth's most ..."). */
function withoutPraise(line: string): string {
  return line
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => !isCompanyPraise(sentence))
    .join(' ');
}

function descriptionBlocks(description: string): Block[] {
  const blocks: Block[] = [];
  let current: BlockKind = 'role';
  for (const raw of description.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const heading = headingKind(line);
    if (heading) {
      current = heading;
      continue;
    }
    const own = lineKind(line);
    const kind = own ?? current;
    const text = evidenceKinds.has(kind) ? withoutPraise(line) : line;
    if (text) blocks.push({ kind, text });
  }
  return blocks;
}

function qualificationBlocks(lines: readonly string[], kind: 'basic' | 'preferred'): Block[] {
  return lines
    .map((line) => line.trim())
    .filter((line) => line && !headingKind(line))
    .map((line) => ({ kind: lineKind(line, false) ?? kind, text: line }));
}

/** Every line of the posting's description and qualifications, with the kind of block it is in. */
export function postingBlocks(posting: Posting): Block[] {
  return [
    ...descriptionBlocks(posting.description),
    ...qualificationBlocks(posting.basicQualifications, 'basic'),
    ...qualificationBlocks(posting.preferredQualifications, 'preferred'),
  ];
}

/** The description's role lines only (for level cues that must not come from perks or pitch). */
export function roleDescription(posting: Posting): string {
  return descriptionBlocks(posting.description)
    .filter((b) => evidenceKinds.has(b.kind))
    .map((b) => b.text)
    .join('\n');
}
