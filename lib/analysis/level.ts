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
import { genericNames, yearsLadders, type YearsLadderId } from '../families/ladders-data';
import { familyEntry } from '../families/registry';
import { descriptionLevel } from './level-description';
import { managerLevel, scopeLevel } from './level-scope';
import { firstSegment } from './role-family';
import { isHourlyTitle, titleLevel } from './level-title';
import type { Level } from './schema';
import type { LevelBand, RoleFamily } from '../families/ids';
import type { Posting } from '../posting/schema';
import type { YearsMention } from './years';
import { requiredYears } from './years';

const experienceWord = /\bexperience\b|\bexp\b|experiencia|exp[ée]rience|erfahrung|経験/i;

function levelLabel(family: RoleFamily, band: LevelBand): string {
  return familyEntry(family).levels.names[band] ?? genericNames[band];
}

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
  ask: 'basic qualifications ask for',
  offer: 'basic qualifications offer',
};
const fromDescriptionSource: Source = {
  ask: 'the description (no basic qualifications section) asks for',
  offer: 'the description (no basic qualifications section) offers',
};

function yearsReason(found: YearsMention, source: Source, band: LevelBand): string {
  return found.alternative
    ? `${source.offer} "${found.quote}" only as an alternative to a degree -> ${band}`
    : `${source.ask} "${found.quote}" -> ${band}`;
}

function result(
  band: LevelBand,
  family: RoleFamily,
  rationale: string[],
  years: number | null,
): Level {
  return { band, label: levelLabel(family, band), rationale, years };
}

/** Level band, a family-appropriate label, the reasons quoting the posting, and the years asked. */
export function inferLevel(posting: Posting, family: RoleFamily): Level {
  const titleCue = titleLevel(posting.title, family);
  const cue =
    titleCue?.strength === 'stated'
      ? titleCue
      : (descriptionLevel(posting.description, family) ?? titleCue);
  const fromBasic = requiredYears(posting.basicQualifications);
  const found = fromBasic ?? descriptionYears(posting.description);
  const source = fromBasic ? fromBasicSource : fromDescriptionSource;

  if (cue?.strength === 'stated') {
    const rationale = [cue.reason];
    if (found && cue.band !== 'intern') {
      const byYears = bandForYears(found.years, family, posting.title);
      rationale.push(
        byYears === cue.band
          ? yearsReason(found, source, byYears)
          : `${source.ask} ${found.years} years, which alone would suggest ${byYears}; the stated level wins`,
      );
    }
    return result(cue.band, family, rationale, found?.years ?? null);
  }
  if (found) {
    const band = bandForYears(found.years, family, posting.title);
    const rationale = [yearsReason(found, source, band)];
    const lines = fromBasic ? posting.basicQualifications : posting.description.split('\n');
    const manager = isHourlyTitle(posting.title) ? null : managerLevel(lines, found.years, band);
    if (manager) rationale.push(manager.reason);
    return result(manager?.band ?? band, family, rationale, found.years);
  }
  if (cue)
    return result(cue.band, family, [cue.reason, 'no years of experience are asked for'], null);
  const scope = scopeLevel([posting.description, ...posting.basicQualifications].join('\n'));
  if (scope) return result(scope.band, family, [scope.reason], null);
  // Fallback when the posting is silent: the family's usual level (registry), said to be an assumption.
  const prior = familyEntry(family).levels.usual;
  if (prior)
    return result(
      prior,
      family,
      [
        `nothing in the posting states the level or asks for years: assumed ${prior}, the most common level of such postings`,
      ],
      null,
    );
  return result(
    'unknown',
    family,
    ['the title states no level and the posting asks for no years of experience'],
    null,
  );
}
