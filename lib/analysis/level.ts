/**
 * Level band of a posting (intern, L3-L8), with the reasons quoted from it.
 *
 * What: the title's level words first ("II", "Sr.", "Principal", "(L5)", "Intern"), then a level the
 * description names for the role ("looking for an SDE II"); when both are silent, the main
 * years-of-experience requirement in the basic qualifications (or, when those are missing, in the
 * description) read on the family's ladder (QA engineers and hourly titles have their own), raised
 * for people managers ("3+ years of people management" -> L6); then role defaults (a Software
 * Development Manager is L6); then scope words in the description and qualifications ("owning the
 * roadmap strategy", "mentor other engineers", "new graduates"). Otherwise "unknown", saying why.
 * Why: postings rarely print the level; titles and years carry it (1+ years for SDE I, 3+ for SDE II,
 * 5+ for SDE III, 10+ for Principal). Regexes only, precompiled: this runs in the background worker
 * for the toolbar badge and must stay well under a millisecond.
 * Known false positives: a posting that asks for more years than its level usually needs (a plain
 * TPM asking 7+ years reads as L6); team names with Roman numerals.
 */
import { yearsLadders, type YearsLadderId } from '../families/ladders-data';
import { bandOrder, levelLabel } from '../families/level-ladder';
import { familyEntry } from '../families/registry';
import { roleDescription } from './blocks';
import { descriptionLevel } from './level-description';
import { campusLevel, managerLevel, scopeLevel } from './level-scope';
import { firstSegment } from './role-family';
import { isHourlyTitle, titleLevel } from './level-title';
import type { Level } from './schema';
import type { LevelBand, RoleFamily } from '../families/ids';
import type { Posting } from '../posting/schema';
import type { YearsMention } from './years';
import { requiredYears } from './years';

const experienceWord = /\bexperience\b|\bexp\b|experiencia|exp[ée]rience|erfahrung|経験/i;

/** Quality assurance roles ("QAE", "Quality Assurance Engineer"); SDETs stay on the developer ladder. */
const qualityTitle = /\b(?:quality\s+assurance|QAE|QA)\b/i;

/**
 * The years ladder for a posting: the family's, except that hourly titles (associate, coordinator)
 * stay on the hourly ladder and quality assurance engineers (filed with developers) get their own
 * slower one. For QA only the role part of the title counts, so an SDET on a "QA" team stays a
 * developer. Known false positive: a salaried role whose title ends in "Associate".
 */
function ladderFor(family: RoleFamily, title: string): YearsLadderId {
  if (isHourlyTitle(title)) return 'hourly';
  if (family === 'software-engineer' && qualityTitle.test(firstSegment(title))) return 'quality';
  return familyEntry(family).levels.years;
}

/** Band for a number of years on the ladder of the family (and, when given, the title). */
export function bandForYears(years: number, family: RoleFamily, title = ''): LevelBand {
  const table = yearsLadders[ladderFor(family, title)];
  let band: LevelBand = table[0]?.[1] ?? 'unknown';
  for (const [min, b] of table) if (years >= min) band = b;
  return band;
}

/** Years from description lines that read like a qualification, for postings without the section. */
function descriptionYears(description: string): YearsMention | null {
  const lines = description.split('\n').filter((l) => experienceWord.test(l));
  return requiredYears(lines);
}

type Source = { ask: string; offer: string };
const fromBasicSource: Source = {
  ask: 'The basic qualifications ask for',
  offer: 'The basic qualifications offer',
};
const fromDescriptionSource: Source = {
  ask: 'With no basic qualifications section, the description asks for',
  offer: 'With no basic qualifications section, the description offers',
};

function yearsReason(found: YearsMention, source: Source, band: LevelBand): string {
  return found.alternative
    ? `${source.offer} “${found.quote}” only as an alternative to a degree: ${band}.`
    : `${source.ask} “${found.quote}”: ${band}.`;
}

/**
 * How often each way of finding the band was right on the dev postings with the level words taken
 * out of the title (`npm run eval`, calibration table), rounded down so "likely" under-promises.
 * A stated title is nearly always right; the years ask is right about nine times in ten on the
 * standard ladder but less on others; scope words and the family's usual level are guesses.
 */
export const confidenceBy = {
  stated: 0.95,
  description: 0.85,
  campus: 0.8,
  years: 0.8,
  manager: 0.6,
  implied: 0.6,
  scope: 0.5,
  usual: 0.5,
} as const;

/** The runner-up for a band read off a years ladder: the neighbour whose threshold is nearer. */
function yearsAlternative(years: number, family: RoleFamily, title: string): LevelBand | null {
  const table = yearsLadders[ladderFor(family, title)];
  const at = table.findLastIndex(([min]) => years >= min);
  const own = table[at];
  const below = table[at - 1];
  const above = table[at + 1];
  if (!own) return null;
  if (!above) return below?.[1] ?? null;
  if (!below) return above[1];
  return years - own[0] <= above[0] - years ? below[1] : above[1];
}

function neighbour(band: LevelBand, other: LevelBand | null): LevelBand | null {
  return other && other !== band && bandOrder.includes(other) ? other : null;
}

function result(
  band: LevelBand,
  family: RoleFamily,
  rationale: string[],
  years: number | null,
  confidence: number,
  alternative: LevelBand | null,
): Level {
  return {
    band,
    label: levelLabel(family, band),
    rationale,
    years,
    confidence: band === 'unknown' ? 0 : confidence,
    alternative: neighbour(band, alternative),
  };
}

/**
 * Level band, a family-appropriate label, the reasons quoting the posting, the years asked, how sure
 * the band is (`confidence`, calibrated on the dev postings) and the runner-up band.
 */
export function inferLevel(posting: Posting, family: RoleFamily): Level {
  const titleCue = titleLevel(posting.title, family);
  const named =
    titleCue?.strength === 'stated' ? null : descriptionLevel(posting.description, family);
  const cue = titleCue?.strength === 'stated' ? titleCue : (named ?? titleCue);
  const fromBasic = requiredYears(posting.basicQualifications);
  const found = fromBasic ?? descriptionYears(posting.description);
  const source = fromBasic ? fromBasicSource : fromDescriptionSource;
  const byYears = found ? bandForYears(found.years, family, posting.title) : null;

  if (cue?.strength === 'stated') {
    const rationale = [cue.reason];
    if (found && byYears && cue.band !== 'intern')
      rationale.push(
        byYears === cue.band
          ? yearsReason(found, source, byYears)
          : `${source.ask} ${found.years} years, which alone would suggest ${byYears}; ${cue === named ? 'the level the description names comes first' : 'the title’s level comes first'}.`,
      );
    const sure = cue === named ? confidenceBy.description : (cue.confidence ?? confidenceBy.stated);
    const runnerUp = byYears && byYears !== cue.band ? byYears : (cue.alternative ?? null);
    return result(cue.band, family, rationale, found?.years ?? null, sure, runnerUp);
  }
  // Campus cues come from the role's own lines, never a perk ("new hire buddy programme"), and
  // give way when the posting asks for two or more years, which no campus hire has.
  const campus = campusLevel(roleDescription(posting));
  const entryYears = !found || found.years < 2;
  if (campus && entryYears && (!byYears || bandOrder.indexOf(byYears) <= bandOrder.indexOf('L4')))
    return result(
      campus.band,
      family,
      [campus.reason],
      found?.years ?? null,
      confidenceBy.campus,
      campus.band === 'intern' ? 'L4' : 'intern',
    );
  if (found && byYears) {
    const rationale = [yearsReason(found, source, byYears)];
    const lines = fromBasic ? posting.basicQualifications : posting.description.split('\n');
    const manager = isHourlyTitle(posting.title) ? null : managerLevel(lines, found.years, byYears);
    if (manager) {
      rationale.push(manager.reason);
      return result(manager.band, family, rationale, found.years, confidenceBy.manager, byYears);
    }
    const alternative = yearsAlternative(found.years, family, posting.title);
    return result(byYears, family, rationale, found.years, confidenceBy.years, alternative);
  }
  if (cue)
    return result(
      cue.band,
      family,
      [cue.reason, 'No years of experience are asked for.'],
      null,
      confidenceBy.implied,
      null,
    );
  const usual = familyEntry(family).levels.usual;
  const scope = scopeLevel([posting.description, ...posting.basicQualifications].join('\n'));
  if (scope)
    return result(
      scope.band,
      family,
      [scope.reason],
      null,
      confidenceBy.scope,
      'band' in usual ? usual.band : null,
    );
  // Silent posting: the family's usual level (registry), said to be an assumption.
  if ('band' in usual)
    return result(
      usual.band,
      family,
      [
        `Nothing in the posting states the level or asks for years, so LoopReady assumes ${usual.band}, the usual level of ${familyEntry(family).label} postings that state none.`,
      ],
      null,
      confidenceBy.usual,
      usual.runnerUp,
    );
  return result(
    'unknown',
    family,
    [
      `The title states no level and the posting asks for no years of experience; ${usual.noLadder}.`,
    ],
    null,
    0,
    null,
  );
}
