/**
 * A level guess from the scope a description gives the job, for postings that print no level and
 * ask for no years.
 *
 * What: owning strategy ("owning/driving the roadmap strategy", "set the technical direction") reads
 * as L6; "mentor other engineers", "lead the design", "technical lead", "influence ... teams",
 * "across multiple teams" read as at least L5; "new graduates", "entry level", "early career", "take a
 * defined design and turn it into code" read as L4. The higher scope wins when several occur.
 * Why: owning a strategy is what Amazon asks of senior (L6) product, program and engineering roles;
 * mentoring and owning designs are expected from SDE II and up; an entry posting talks about learning
 * and graduates. It is a nudge, not a statement, and the rationale says so.
 * Known false positives: senior postings that mention mentoring read as L5 (the lowest band that
 * mentors), and a junior posting that promises "mentorship" to the hire reads as L5 only when it is
 * phrased as the hire mentoring others; "help define the strategy" does not count, "drive the
 * strategy" does, even for a team lead. "From new graduates to technical leaders" names a range of
 * levels and is not read as entry wording.
 */
import { clipAtWord } from '../text/clip';
import type { LevelBand } from '../families/ids';
import { bandRank, isRankedBand } from '../families/level-ladder';

export type ScopeCue = { band: LevelBand; reason: string };

const strategyCues: readonly RegExp[] = [
  /\b(?:own|owns|owning|drive|drives|driving|set|sets|setting)(?:\s*\/\s*\w+)?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?strategy\b/i,
  /\bset(?:s|ting)?\s+(?:the\s+)?(?:technical|product)\s+(?:direction|vision)\b/i,
];
const ownershipCues: readonly RegExp[] = [
  /\bmentor(?:ing|s)?\s+(?:other|junior|less\s+experienced|new|team|your|fellow|engineers|peers|and\s+(?:coach|develop|grow))[\w ]{0,20}/i,
  /\blead(?:s|ing)?\s+(?:the\s+)?(?:technical\s+)?(?:design|architecture)[\w ,]{0,30}/i,
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

/** "from new college graduates to technical leaders": a range of levels, not an entry posting. */
const rangeBefore = /\bfrom\s+(?:[\w-]+,?\s+){0,4}$/i;
const rangeAfter = /^\s+to\b/i;

function first(text: string, cues: readonly RegExp[]): string | null {
  for (const re of cues) {
    const m = re.exec(text);
    if (m) return m[0].trim();
  }
  return null;
}

/** The first entry cue that is not one end of a "from ... to ..." range of levels. */
function entryCue(text: string, cues: readonly RegExp[] = entryCues): string | null {
  for (const re of cues) {
    const m = re.exec(text);
    if (!m) continue;
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 10);
    if (rangeBefore.test(before) && rangeAfter.test(after)) continue;
    return m[0].trim();
  }
  return null;
}

/** L6 for owning strategy, L5 for ownership of others' work or designs, L4 for entry wording. */
export function scopeLevel(description: string): ScopeCue | null {
  const strategy = first(description, strategyCues);
  if (strategy)
    return {
      band: 'L6',
      reason: `No level or years are stated, and the posting says “${strategy}”: owning strategy is expected from L6 up, so L6.`,
    };
  const owns = first(description, ownershipCues);
  if (owns)
    return {
      band: 'L5',
      reason: `No level or years are stated, and the posting says “${owns}”: that work is expected from L5 up, so L5.`,
    };
  const entry = entryCue(description);
  if (entry) return { band: 'L4', reason: `The posting says “${entry}”: L4.` };
  return null;
}

/**
 * People-manager scope from the qualifications: "3+ years of people management", "employee and
 * performance management", "directly managing a team", "team management (100+)".
 * What: a posting that asks for 3+ years of managing people is a manager's job, L6 at least (first-line
 * SDMs and operations managers ask 3-5); one that manages people and asks 10+ years in all is a senior
 * manager, L7. It only ever raises the band the years gave.
 * Why: years ladders are built on individual contributors; a manager asking 3 years of managing
 * people is past the L5 an individual with 3 years would be.
 * Known false positives: "team management" meaning project coordination; an L6 manager asking 10+
 * years of total experience reads as L7; a first-line Area Manager asking 3 years of managing people
 * reads as L6.
 */
const peopleWords =
  '\\b(?:people|team|employee|staff)(?:\\s*(?:&|and)\\s*performance)?\\s+management\\b|\\bmanag(?:e|es|ing)\\s+(?:and\\s+\\w+\\s+)?(?:a\\s+|the\\s+)?(?:large\\s+)?(?:teams?|people|managers|direct\\s+reports)\\b|\\bpeople\\s+manager\\b';
const peopleManagement = new RegExp(peopleWords, 'i');
/** "3+ years of people management", "at least 1 year in managing people": the years that go with it. */
const managingYears = new RegExp(
  `(\\d{1,2})\\s*(?:\\+|plus)?\\s*(?:years?|yrs?)\\b[^\\d;•]{0,60}?(?:${peopleWords})`,
  'gi',
);

function clip(text: string): string {
  return clipAtWord(text.replace(/^\s*(?:[-•*]|\d+\.)\s*/, '').trim(), 120);
}

/** The band a people-manager posting implies, with the quoted ask, when it is above `band`. */
export function managerLevel(
  lines: readonly string[],
  years: number,
  band: LevelBand,
): ScopeCue | null {
  const asks = lines.filter((l) => peopleManagement.test(l));
  if (!asks.length || !isRankedBand(band)) return null;
  let most = 0;
  let mostLine = asks[0] ?? '';
  for (const line of asks)
    for (const m of line.matchAll(managingYears))
      if (Number(m[1]) > most) [most, mostLine] = [Number(m[1]), line];
  const want: LevelBand | null = years >= 10 ? 'L7' : most >= 3 ? 'L6' : null;
  if (!want || bandRank(want) <= bandRank(band)) return null;
  return {
    band: want,
    reason:
      want === 'L7'
        ? `A people manager (“${clip(mostLine)}”) asked for ${years}+ years is a senior manager: L7.`
        : `The posting asks for ${most}+ years of managing people (“${clip(mostLine)}”), a manager’s job: L6.`,
  };
}

/**
 * Campus hiring: "university hire", "new graduate", "campus recruiting", "currently enrolled", "class
 * of 2026". A campus posting is entry level (L4), or an internship when it says so.
 * Why: campus postings rarely ask for years, and the years ladder would then say nothing.
 * Known false positives: an experienced-hire posting that mentions its campus programme in passing.
 */
const campusCues: readonly RegExp[] = [
  /\b(?:university|campus|college)\s+(?:grad(?:uate)?s?|hires?|hiring|recruit\w*)\b|\b(?:new|recent)\s+grad(?:uate)?s?\b/i,
  /\bcurrently\s+enrolled\b|\bclass\s+of\s+20\d\d\b|\bgraduating\s+(?:in|by)\s+20\d\d\b/i,
];
const internshipWord = /\bintern(?:s|ship)?\b/i;

/** L4 (or intern, when the posting is an internship) for a campus posting, with the quoted words. */
export function campusLevel(text: string): ScopeCue | null {
  const cue = entryCue(text, campusCues);
  if (!cue) return null;
  const intern = internshipWord.exec(text);
  return intern
    ? {
        band: 'intern',
        reason: `The posting says “${cue}” and “${intern[0]}”: a campus internship.`,
      }
    : { band: 'L4', reason: `The posting says “${cue}”: campus hires start at L4.` };
}
