import type { SectionKind } from './schema';

/**
 * Splits resume text (pasted, or extracted from a PDF/.docx) into sections and bullets.
 * Sections start at known headings ("Experience", "PROJECTS", "Skills:"); bullets start with a
 * marker (•, -, *, –, numbered); wrapped lines are joined to their bullet. A line with a date
 * range ending in "Present"/"Current" starts the current role, so its bullets may use the present
 * tense. Text with no headings is read as one experience section (a pasted list of bullets).
 * Known false positives: an all-caps company name on its own line reads as a section heading
 * (its bullets are still checked); a title-case wrapped line is kept as its own line.
 */

export interface SplitBullet {
  text: string;
  current: boolean;
  /** Lines [lineStart, lineEnd) of the source text this bullet came from. */
  lineStart: number;
  lineEnd: number;
}
export interface SplitSection {
  heading: string;
  kind: SectionKind;
  bullets: SplitBullet[];
}
/**
 * Why a line is not checked as a bullet: a section heading, a role line with dates, a short or
 * title-like line that is neither a bullet nor a bullet's wrapped end (a company, a name), a
 * bullet of a section that holds no achievements (skills, education: set by lintResume), or a
 * bullet past the limit of bullets checked at once (also lintResume).
 */
export type UncheckedReason = 'heading' | 'role' | 'not-a-bullet' | 'section' | 'limit';
export interface UncheckedLine {
  /** Index in `text.split('\n')`; a bullet's first line. */
  line: number;
  text: string;
  reason: UncheckedReason;
  /** The section's heading, for `section`. */
  heading?: string;
}
export interface ReadResume {
  sections: SplitSection[];
  /** Every non-blank line that is not part of a bullet, with the reason. */
  unchecked: UncheckedLine[];
}

const headingWords: readonly (readonly [SectionKind, RegExp])[] = [
  [
    'experience',
    /^(work |professional |relevant |industry |research )?(experience|employment( history)?|work history|career( history)?|internships?( experience)?)$/,
  ],
  [
    'projects',
    /^((personal|academic|selected|side|key|technical|open[- ]source) )?projects?$|^open[- ]source( contributions)?$/,
  ],
  [
    'education',
    /^(education|academic background|academics|relevant coursework|coursework)( & .*)?$/,
  ],
  [
    'skills',
    /^((technical|core|key) )?(skills|competencies|technologies|tools|languages|tech stack)( & .*| and .*)?$/,
  ],
  ['summary', /^((professional|career) )?(summary|profile|objective|about( me)?)$/],
  [
    'awards',
    /^(awards?|honou?rs|achievements|certifications?|certificates|awards (&|and) honou?rs)$/,
  ],
  [
    'leadership',
    /^(leadership|activities|extracurricular( activities)?|volunteer(ing)?( experience)?|leadership (&|and) activities|community)$/,
  ],
  ['publications', /^(publications|papers|talks|patents|publications (&|and) talks)$/],
];
const marker = /^\s*(?:[•\-*–—▪◦●·‣➢➤►✓✔○■□]|\d{1,2}[.)])\s+/u;
const month = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const dateish = `(?:${month}\\s*'?\\d{2,4}|\\d{1,2}[/.]\\d{2,4}|(?:19|20)\\d{2}|${month})`;
const dateRange = new RegExp(
  `${dateish}\\s*(?:[-–—]+|to|until)\\s*(present|current|now|today|ongoing|${dateish})`,
  'i',
);
const singleDate = new RegExp(`(?:^|\\s|\\()${month}\\s*'?\\d{2,4}\\b|\\b(?:19|20)\\d{2}\\b`, 'i');

/**
 * `text` without trailing colons and spaces. A loop, not `/[:\s]+$/`: that pattern restarts at
 * every space of a long run and took seconds on 100,000 spaces followed by a letter.
 */
function trimTrailingColons(text: string): string {
  let end = text.length;
  while (end > 0 && /[:\s]/.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** Which section a line names, or undefined when it is not a heading. */
export function headingKind(line: string): SectionKind | undefined {
  // A heading is short: a long line is not one, and the regexes below never see it.
  const trimmed = line.trim();
  if (trimmed.length > 200) return undefined;
  const t = trimTrailingColons(trimmed);
  if (!t || t.length > 40 || marker.test(line)) return undefined;
  const lower = t.toLowerCase();
  const known = headingWords.find(([, re]) => re.test(lower));
  if (known) return known[0];
  const words = t.split(/\s+/);
  if (words.length <= 4 && /^[A-Z][A-Z &/]+$/.test(t) && t.replace(/[^A-Z]/g, '').length >= 4)
    return 'other';
  return undefined;
}

/** True for a role/header line with dates; `current` when the range ends in Present/Current. */
export function roleDates(line: string): { current: boolean } | undefined {
  // A role line is short; a long paragraph that mentions dates is a bullet, not a role.
  if (line.length > 300) return undefined;
  const range = dateRange.exec(line);
  if (range) return { current: /present|current|now|today|ongoing/i.test(range[1] ?? '') };
  return singleDate.test(line) && line.split(/\s+/).length <= 14 ? { current: false } : undefined;
}

function isTitleLike(line: string): boolean {
  const words = line.trim().split(/\s+/);
  const capitalised = words.filter((w) => /^[A-Z0-9&|@(]/.test(w)).length;
  return words.length <= 8 && capitalised / words.length > 0.6 && !/[.;]$/.test(line.trim());
}

/**
 * A heading word that is really the wrapped end of the line above: "tools" in lowercase under a
 * bullet that has not ended ("- Cut build times by 40% with new\ntools"). Read as a heading, it
 * opened a Skills section and the bullets after it were not checked.
 */
function isWrappedWord(line: string, above: string | undefined, aboveIsHeading: boolean): boolean {
  const prev = above?.trim() ?? '';
  return (
    /^[a-z]/.test(line.trim()) &&
    prev !== '' &&
    !aboveIsHeading &&
    !/[.!?;:]$/.test(prev) &&
    roleDates(prev) === undefined
  );
}

/** Sections and bullets of a resume. Lines are `text.split('\n')` indices. */
export function splitResume(text: string): SplitSection[] {
  return readResume(text).sections;
}

/** Sections and bullets of a resume, and every line left out with the reason. */
export function readResume(text: string): ReadResume {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kinds = lines.map(headingKind);
  kinds.forEach((kind, i) => {
    if (kind && isWrappedWord(lines[i]!, lines[i - 1], kinds[i - 1] !== undefined))
      kinds[i] = undefined;
  });
  const unchecked: UncheckedLine[] = [];
  const hasHeadings = kinds.some((k) => k !== undefined);
  const sections: SplitSection[] = [
    { heading: '', kind: hasHeadings ? 'summary' : 'experience', bullets: [] },
  ];
  const hasMarkers = lines.some((l) => marker.test(l));
  let current = false;
  let open: SplitBullet | undefined;
  lines.forEach((line, i) => {
    const section = sections[sections.length - 1]!;
    const trimmed = line.trim();
    if (!trimmed) {
      open = undefined;
      return;
    }
    const kind = kinds[i];
    if (kind) {
      unchecked.push({ line: i, text: trimmed, reason: 'heading' });
      sections.push({ heading: trimmed.replace(/:$/, ''), kind, bullets: [] });
      current = false;
      open = undefined;
      return;
    }
    if (marker.test(line)) {
      open = { text: trimmed.replace(marker, ''), current, lineStart: i, lineEnd: i + 1 };
      section.bullets.push(open);
      return;
    }
    const dates = roleDates(trimmed);
    if (dates) {
      unchecked.push({ line: i, text: trimmed, reason: 'role' });
      current = dates.current;
      open = undefined;
      return;
    }
    const continues =
      open &&
      (/^[a-z(&,]/.test(trimmed) ||
        (hasMarkers && !/[.!?;]$/.test(open.text) && !isTitleLike(trimmed)));
    if (open && continues) {
      open.text = `${open.text} ${trimmed}`;
      open.lineEnd = i + 1;
      return;
    }
    // Without any markers, sentence-like lines are the bullets (a pasted list, a plain .txt).
    if (!hasMarkers && trimmed.split(/\s+/).length >= 4 && !isTitleLike(trimmed)) {
      open = { text: trimmed, current, lineStart: i, lineEnd: i + 1 };
      section.bullets.push(open);
      return;
    }
    unchecked.push({ line: i, text: trimmed, reason: 'not-a-bullet' });
    open = undefined;
  });
  return { sections: sections.filter((s) => s.heading || s.bullets.length > 0), unchecked };
}
