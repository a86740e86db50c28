import type { InterviewProcess, ProcessStage } from './schema';
import type { LevelBand, RoleFamily } from '../families/ids';
import { familyEntry } from '../families/registry';
import {
  barRaiser,
  debrief,
  entryNotes,
  generalNotes,
  internDecision,
  internMinutes,
  internNotes,
  internSecondRound,
  loopShapes,
  managerPhoneScreen,
  peopleHiringManager,
  onlineAssessments,
  phoneScreenMinutes,
  recruiterScreen,
  sdeEntryLoop,
  sdeSeniorLoop,
  unknownLevelNotes,
} from './process-data';

const entryBands: readonly LevelBand[] = ['L3', 'L4'];
const seniorBands: readonly LevelBand[] = ['L6', 'L7', 'L8'];

/** What the posting asks of the hire that changes the screens (analysis/posting-asks.ts). */
export type ScreenAsks = {
  /** The posting asks the hire to write code or names programming languages. */
  codes: boolean;
  /** The posting asks for technical skills (SQL, scripting, a technical background). */
  technical: boolean;
};
const everythingAsked: ScreenAsks = { codes: true, technical: true };

/** Families whose screens are not technical unless the posting asks for technical skills. */
const nonTechnical: readonly RoleFamily[] = [
  'hr-recruiting',
  'operations',
  'finance',
  'sales-account',
];

function phoneScreen(family: RoleFamily, asks: ScreenAsks, managerOnly: boolean): ProcessStage {
  const technical = !nonTechnical.includes(family) || asks.technical;
  return {
    kind: 'phone-screen',
    name: technical ? 'Technical phone screen' : 'Phone screen',
    duration: phoneScreenMinutes,
    what: `${managerOnly ? managerPhoneScreen : familyEntry(family).process.phoneScreen}, then about 15 minutes of Leadership Principle questions. It decides whether the full loop is worth everyone's time.`,
  };
}

/**
 * The loop's rounds before the Bar Raiser. Only software engineering changes shape with level:
 * L3/L4 get a third coding round (object-oriented design) instead of system design, L6+ add a
 * system design deep dive. Unknown levels get the mid-level loop (and a note saying so).
 */
function roleRounds(family: RoleFamily, band: LevelBand): readonly ProcessStage[] {
  if (family !== 'software-engineer') return loopShapes[familyEntry(family).process.loop];
  if (entryBands.includes(band)) return sdeEntryLoop;
  if (seniorBands.includes(band)) return sdeSeniorLoop;
  return loopShapes[familyEntry(family).process.loop];
}

/**
 * The rounds as the posting's people scope shapes them (analysis/manages-people.ts decides it): a
 * manager of people whose family loop has no people round gets one in place of the generic hiring
 * manager round (a loop without one, like the senior engineer's, keeps its rounds and the planner
 * spreads the people principles); an individual contributor in a family that usually leads people (operations) is
 * not asked to show a team they will not have.
 */
function peopleRounds(rounds: readonly ProcessStage[], managesPeople: boolean): ProcessStage[] {
  if (!managesPeople) return rounds.filter((r) => r.kind !== 'people-management');
  if (rounds.some((r) => r.kind === 'people-management')) return [...rounds];
  return rounds.map((r) => (r.name === peopleHiringManager.name ? peopleHiringManager : r));
}

function internProcess(family: RoleFamily): InterviewProcess {
  const first = loopShapes[familyEntry(family).process.loop][0];
  return {
    before: [recruiterScreen, onlineAssessments[familyEntry(family).process.assessment]],
    loop: [
      {
        ...first,
        name: `Interview 1: ${first.name.replace(/ \d+$/, '')}`,
        duration: internMinutes,
      },
      internSecondRound,
    ],
    after: [internDecision],
    notes: [...internNotes, ...generalNotes],
  };
}

/**
 * The interview process to expect for a role family and level: stages before the loop, the
 * loop's 4-5 rounds ending with the Bar Raiser, the debrief, and notes. Interns get a shorter
 * process of two interviews without a separate Bar Raiser. `managesPeople` is the analysis's one
 * decision, so the rounds agree with the likely LPs and the round planner.
 */
export function interviewProcess(
  family: RoleFamily,
  band: LevelBand,
  managesPeople: boolean,
  asks: ScreenAsks = everythingAsked,
): InterviewProcess {
  if (band === 'intern') return internProcess(family);
  // A manager of engineers who is not asked to code gets no coding test.
  const managerOnly = family === 'engineering-manager' && managesPeople && !asks.codes;
  const assessment = managerOnly ? 'situational' : familyEntry(family).process.assessment;
  const notes: string[] = [];
  if (entryBands.includes(band)) notes.push(...entryNotes);
  if (band === 'unknown') notes.push(...unknownLevelNotes);
  return {
    before: [
      recruiterScreen,
      onlineAssessments[assessment],
      phoneScreen(family, asks, managerOnly),
    ],
    loop: [...peopleRounds(roleRounds(family, band), managesPeople), barRaiser],
    after: [debrief],
    notes: [...notes, ...generalNotes],
  };
}
