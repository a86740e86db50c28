/**
 * The level a job title prints: "Intern", "(L5)", "II", "SDE-1", "Sr.", "Principal", "Director".
 *
 * What: returns the band the title states, with the words quoted, or a role default when the title
 * only implies one ("Software Development Manager" is L6; "Associate Solutions Architect" is the entry
 * step). Roman numerals count only as upper-case standalone tokens (I, II, III, IV) so "I/O", "IIoT"
 * and words containing "I" never read as a level.
 * Why: amazon.jobs titles carry the level far more often than the text does, and a reader trusts the
 * title first.
 * Known false positives: a numeral that belongs to a team name ("Phase II"); "Senior" on hourly titles
 * is read as L4 and on support engineers as L5, following Amazon's own ladders, which a reader outside
 * Amazon may not expect.
 */
import { firstSegment, rolePart } from './role-family';
import { numeralBands } from '../families/ladders-data';
import { levelWordPatterns } from '../families/level-ladder';
import type { LevelBand, RoleFamily } from '../families/ids';

export type TitleCue = {
  band: LevelBand;
  reason: string;
  /** "stated": the title prints the level; "implied": a role default that years may override. */
  strength: 'stated' | 'implied';
  /** Set when the title implies the band by convention rather than printing it (a plain "Manager"). */
  confidence?: number;
  alternative?: LevelBand;
};

const {
  intern: internRe,
  explicit: explicitRe,
  seniorPrincipal: seniorPrincipalRe,
  director: directorRe,
  principal: principalRe,
  staff: staffRe,
} = levelWordPatterns;
const romanRe = /(?:^|[\s,(\-–])(IV|III|II|I)(?=$|[\s,)\-–|:;])/;
const digitRe =
  /\b(?:SDE|SDET|SDM|QAE|BIE|TPM|SysDE|engineer|eng|developer|manager|analyst|scientist|recruiter|associate|specialist|designer)\s*-?\s*([1-3])(?![\d+])\b/i;
const seniorRe = levelWordPatterns.senior;
/** "Sr. Manager", "Senior Software Development Manager", "Sr. Data Science Manager": a senior manager. */
const seniorManagerRe = /\b(?:sr\.?|senior)\s+(?:[\w&/-]+\s+){0,3}?(?:manager|mgr)\b/i;
/**
 * "Manager" titles that name an individual contributor's job (program, product, account ...) or a
 * front-line shift role (area, team, station ...): neither is on the people-manager ladder.
 */
const offManagerLadder =
  /\b(?:program|product|project|account|partner|category|vendor|marketing|brand|risk|relationship|case|content|community|solutions?|technical|business\s+development|growth|sales|campaign|ads?|perf\w*|success|area|team|shift|station|site|WHS|city|cluster|instock|RME|label|PR|tax)\s+(?:manager|mgr)\b/i;
const managerHeadRe = /\b(?:manager|mgr)\b/i;
const newGradRe = levelWordPatterns.newGrad;
const entryPrefixRe = /^\s*(?:associate|assistant|asst\.?|junior|jr\.?)\s+[a-z]/i;
const hourlyHeads = /^(?:associate|assistant|coordinator|representative|administrator|admin)$/i;
const supportLadderRe = /\b(?:support|application)\s+eng/i;
const romanIndex: Readonly<Record<string, number>> = { I: 0, II: 1, III: 2, IV: 3 };

/** Last word of the role part once level words are gone: "Sr. Ops Associate" gives "Associate". */
function headNoun(title: string): string {
  const words = firstSegment(title)
    .replace(/\b(?:I{1,3}|IV|[1-3])\b|[^\p{L}\s]/gu, ' ')
    .trim()
    .split(/\s+/);
  return words[words.length - 1] ?? '';
}

/** Hourly titles (associate, coordinator, administrator...), whose ladder runs L1-L4 at Amazon. */
export function isHourlyTitle(title: string): boolean {
  return hourlyHeads.test(headNoun(title));
}

function ladder(title: string, family: RoleFamily): readonly LevelBand[] {
  if (family === 'engineering-manager') return numeralBands.manager;
  if (family === 'support-engineer' && supportLadderRe.test(title) && !/cloud/i.test(title))
    return numeralBands.support;
  if (isHourlyTitle(title)) return numeralBands.hourly;
  return numeralBands.standard;
}

/** True when the role part names a people manager: "Manager, Applied Science", "Data Science Manager". */
export function isManagerTitle(title: string): boolean {
  const head = rolePart(title);
  return managerHeadRe.test(head) && !offManagerLadder.test(head);
}

function seniorBand(title: string, family: RoleFamily): LevelBand {
  if (family === 'engineering-manager') return 'L7';
  const senior = seniorManagerRe.exec(firstSegment(title));
  if (senior && !offManagerLadder.test(senior[0])) return 'L7';
  if (family === 'support-engineer' && supportLadderRe.test(title)) return 'L5';
  if (hourlyHeads.test(headNoun(title)) || /^specialist$/i.test(headNoun(title))) return 'L4';
  return 'L6';
}

/** "The title says “II”: L5." `note` follows the quote, `after` the band. */
function stated(band: LevelBand, words: string, note = '', after = ''): TitleCue {
  const level = band === 'intern' ? 'an internship' : band;
  return {
    band,
    reason: `The title says “${words.trim()}”${note}: ${level}${after}.`,
    strength: 'stated',
  };
}

function numeral(title: string, family: RoleFamily): TitleCue | null {
  const roman = romanRe.exec(title);
  const digit = roman ? null : digitRe.exec(title);
  const token = roman?.[1] ?? digit?.[0];
  const index = roman?.[1] ? romanIndex[roman[1]] : digit?.[1] ? Number(digit[1]) - 1 : undefined;
  if (token === undefined || index === undefined) return null;
  const band = ladder(title, family)[index];
  return band ? stated(band, token) : null;
}

/** The band a title states or implies, with the quoted words; null when it says nothing. */
export function titleLevel(rawTitle: string, family: RoleFamily): TitleCue | null {
  const title = rawTitle.replace(/[–—]/g, '-');
  const intern = internRe.exec(title);
  if (intern) return stated('intern', intern[0]);
  const explicit = explicitRe.exec(title);
  if (explicit) return stated(`L${explicit[1]}` as LevelBand, explicit[0]);
  const top = seniorPrincipalRe.exec(title) ?? directorRe.exec(title);
  if (top)
    return stated(
      'L8',
      top[0],
      '',
      /principal/i.test(top[0]) ? '' : ', the highest level LoopReady names',
    );
  const principal = principalRe.exec(title);
  if (principal) return stated('L7', principal[0]);
  const staff = staffRe.exec(title);
  if (staff) return stated('L7', staff[0]);
  const num = numeral(title, family);
  if (num) return num;
  const senior = seniorRe.exec(title);
  if (senior) {
    const band = seniorBand(title, family);
    const words = band === 'L7' ? (seniorManagerRe.exec(title)?.[0] ?? senior[0]) : senior[0];
    return stated(band, words.replace(/^[^\p{L}]+/u, ''));
  }
  const grad = newGradRe.exec(title);
  if (grad) return stated('L4', grad[0]);
  if (family !== 'engineering-manager' && isManagerTitle(title))
    return {
      ...stated('L6', rolePart(title), ', a people manager’s title without “Senior”'),
      confidence: 0.75,
      alternative: 'L7',
    };
  return impliedLevel(title, family);
}

function impliedLevel(title: string, family: RoleFamily): TitleCue | null {
  if (family === 'engineering-manager')
    return {
      band: 'L6',
      reason: 'A first-line Software Development Manager is usually L6.',
      strength: 'implied',
    };
  const entry = entryPrefixRe.exec(title);
  if (entry)
    return {
      band: 'L4',
      reason: `The title starts with “${entry[0].slice(0, -1).trim()}”, the entry step: L4.`,
      strength: 'implied',
    };
  const head = headNoun(title);
  if (hourlyHeads.test(head))
    return {
      band: 'L3',
      reason: `Roles titled “${head}” usually start below L4: L3.`,
      strength: 'implied',
    };
  return null;
}
