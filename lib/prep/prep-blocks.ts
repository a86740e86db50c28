import type { RoundKind } from '../process/schema';
import { spoken } from '../text/speaking';
import type { SidePanelView } from '../views/ids';

/**
 * The two-week plan's blocks, in our own words: what to do, for how many days at full length,
 * which LoopReady view does it, and how much it matters when time is short (`keep`: 1 is the
 * last to go). Data plus the one function that words the technical drills for a loop.
 */

/** The side-panel view a prep item links to. */
export type PrepView = SidePanelView;

export const blockIds = [
  'oa',
  'stories',
  'drills',
  'record',
  'mocks',
  'design',
  'marathon',
] as const;
export type BlockId = (typeof blockIds)[number];

export interface PrepBlock {
  id: BlockId;
  title: string;
  detail: string;
  view: PrepView;
  fullDays: number;
  week: 1 | 2;
  keep: number;
}

export const prepBlocks: readonly PrepBlock[] = [
  {
    id: 'stories',
    title: 'Write 8 STAR stories',
    detail:
      'Eight stories from different projects, each tagged with 2-3 Leadership Principles. Aim for a result with a number in every one.',
    view: 'stories',
    fullDays: 1,
    week: 1,
    keep: 1,
  },
  {
    id: 'drills',
    title: 'Technical drills',
    detail: '',
    view: 'plan',
    fullDays: 2,
    week: 1,
    keep: 4,
  },
  {
    id: 'record',
    title: 'Record three answers',
    detail: `Answer three LP questions with the timer running and record them. Play them back: under ${spoken.max}? Did the result have a number?`,
    view: 'practice',
    fullDays: 2,
    week: 1,
    keep: 5,
  },
  {
    id: 'mocks',
    title: 'Mock interviews with interruptions',
    detail:
      'Have someone cut in mid-answer with follow-ups. Practise the Bar Raiser pushback on each story: analyse, do not defend.',
    view: 'practice',
    fullDays: 3,
    week: 2,
    keep: 3,
  },
  {
    id: 'design',
    title: 'System design deep dive',
    detail:
      "Design a system like the team's on paper: requirements first, then the data model, scaling and failure modes. Narrate the trade-offs out loud.",
    view: 'plan',
    fullDays: 2,
    week: 2,
    keep: 6,
  },
  {
    id: 'marathon',
    title: 'Behavioural marathon',
    detail: 'Five LP questions in a row, a different story for each. No repeats.',
    view: 'practice',
    fullDays: 2,
    week: 2,
    keep: 2,
  },
];

/**
 * The online assessment, practised first because it comes before the phone screen: only for a
 * process that has an OA stage, so it is not part of the twelve-day plan above.
 */
export const oaBlock: PrepBlock = {
  id: 'oa',
  title: 'Online assessment practice',
  detail:
    'The assessment comes before the phone screen. Take a Work Style set and a Work Simulation set against the clock (Practice, Online assessment), then read which principles your choices played down.',
  view: 'practice',
  fullDays: 1,
  week: 1,
  keep: 3,
};

export interface LightItem {
  title: string;
  detail: string;
  view: PrepView;
}

/** Weekend items when the weekdays are enough: short, so the weekend still rests. */
export const lightItems: readonly LightItem[] = [
  {
    title: 'Light: read two stories aloud',
    detail: 'Time each one. Trim anything before the action that a listener does not need.',
    view: 'stories',
  },
  {
    title: 'Light: check your resume against the posting',
    detail: 'Every bullet you might be asked about should open with a verb and end with a result.',
    view: 'resume',
  },
];

export const dayBefore: LightItem = {
  title: 'Day before: a last light review',
  detail:
    'Read your opener and your story-per-round plan once, check the time and the link, then stop and rest.',
  view: 'plan',
};

const drillWords: Partial<Record<RoundKind, string>> = {
  coding: 'coding problems at medium to hard difficulty, solved out loud',
  'system-design': 'design basics: caching, load balancing, queues',
  'data-analysis': 'SQL and statistics questions against a timer',
  'product-case': 'product cases: a customer problem, a feature, how to measure it',
  'ml-depth': 'machine-learning fundamentals and one model you built, end to end',
  'program-delivery': 'program scenarios: a plan, its risks, a dependency that slips',
  'people-management': 'your people stories: hiring, feedback, a struggling report',
  functional: "scenarios from the posting's responsibilities",
  'customer-scenario': 'customer scenarios: a hard conversation, an escalation, a trade-off',
};

/** The drills for a loop's rounds, worded as a to-do; a generic list when the loop is unknown. */
export function drillDetail(loopKinds: readonly RoundKind[]): string {
  const words = [...new Set(loopKinds)].map((k) => drillWords[k]).filter(Boolean);
  if (words.length === 0) {
    return "Practise the technical part of your loop; use the posting's qualifications as a checklist.";
  }
  const list = words.slice(0, 3).join('; ');
  return `Drill ${list}.`;
}
