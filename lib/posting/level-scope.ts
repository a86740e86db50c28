/**
 * A level guess from the scope a description gives the job, for postings that print no level and
 * ask for no years.
 *
 * What: "mentor other engineers", "lead the design", "technical lead", "influence ... teams",
 * "across multiple teams" read as at least L5; "new graduates", "entry level", "early career", "take a
 * defined design and turn it into code" read as L4. Ownership words win over entry words when both occur.
 * Why: mentoring and owning designs are what Amazon expects from SDE II and up; an entry posting talks
 * about learning and graduates. It is a nudge, not a statement, and the rationale says so.
 * Known false positives: senior postings that mention mentoring read as L5 (the lowest band that
 * mentors), and a junior posting that promises "mentorship" to the hire reads as L5 only when it is
 * phrased as the hire mentoring others.
 */
import type { LevelBand } from './schema';

export type ScopeCue = { band: LevelBand; reason: string };

const ownershipCues: readonly RegExp[] = [
  /\bmentor(?:ing|s)?\s+(?:other|junior|less\s+experienced|new|team|your|fellow|engineers|peers|and\s+(?:coach|develop|grow))[\w ]{0,20}/i,
  /\blead\s+(?:the\s+)?(?:technical\s+)?(?:design|architecture)[\w ,]{0,30}/i,
  /\btechnical\s+lead(?:er|ership)?\b/i,
  /\binfluenc\w*\s+(?:the\s+)?(?:technical|architecture|design|other\s+teams|across)[\w ]{0,20}/i,
  /\b(?:across|with)\s+multiple\s+teams\b/i,
];
const entryCues: readonly RegExp[] = [
  /\b(?:new|recent|fresh)\s+(?:college\s+|university\s+)?grad(?:uate)?s?\b/i,
  /\bentry[-\s]level\b/i,
  /\bearly[-\s]career\b/i,
  /\btake\s+a\s+defined\s+design\b/i,
];

function first(text: string, cues: readonly RegExp[]): string | null {
  for (const re of cues) {
    const m = re.exec(text);
    if (m) return m[0].trim();
  }
  return null;
}

/** L5 when the description gives the hire ownership of others' work or designs, L4 for entry wording. */
export function scopeLevel(description: string): ScopeCue | null {
  const owns = first(description, ownershipCues);
  if (owns)
    return {
      band: 'L5',
      reason: `no level or years stated; the description says "${owns}", work expected from L5 up -> L5`,
    };
  const entry = first(description, entryCues);
  if (entry) return { band: 'L4', reason: `description says "${entry}" -> L4` };
  return null;
}
