/**
 * Where the candidate is in Amazon's hiring process, with the usual timings, in our own words.
 * Timings are typical, not promises: recruiters move at different speeds, and the whole
 * process usually takes two to six weeks from application to offer.
 */

export const stageIds = [
  'applied',
  'recruiter-screen',
  'online-assessment',
  'phone-screen',
  'loop',
  'debrief',
] as const;
export type StageId = (typeof stageIds)[number];

export interface Stage {
  id: StageId;
  name: string;
  /** How long the stage itself takes. */
  length: string;
  /** What usually happens next, and how soon. */
  next: string;
}

export const stages: readonly Stage[] = [
  {
    id: 'applied',
    name: 'Applied',
    length: 'Resume screen, often by keyword first',
    next: 'A recruiter usually writes within one to three weeks, if at all.',
  },
  {
    id: 'recruiter-screen',
    name: 'Recruiter screen',
    length: 'About 30 minutes',
    next: 'A fit check: level, timeline, location, why Amazon. The assessment link tends to follow within a few days.',
  },
  {
    id: 'online-assessment',
    name: 'Online assessment',
    length: 'About 1-2 hours, timed',
    next: 'Usually due within a week of the invitation; results come back in one to two weeks.',
  },
  {
    id: 'phone-screen',
    name: 'Phone screen',
    length: '45-60 minutes',
    next: 'One technical problem plus LP questions. The loop is often scheduled one to three weeks later.',
  },
  {
    id: 'loop',
    name: 'Loop',
    length: '4-5 rounds of about an hour, often on one day',
    next: 'Every round probes LPs; one is the Bar Raiser. The debrief usually meets within a few days.',
  },
  {
    id: 'debrief',
    name: 'Debrief and decision',
    length: 'Interviewers meet and vote',
    next: 'The answer usually comes within five business days of the loop.',
  },
];

export const stageStates = ['done', 'current', 'upcoming'] as const;
export type StageState = (typeof stageStates)[number];

/** Every stage marked done, current or upcoming relative to where the candidate is. */
export function stageProgress(current: StageId): (Stage & { state: StageState })[] {
  const at = stageIds.indexOf(current);
  return stages.map((s, i) => ({
    ...s,
    state: i < at ? 'done' : i === at ? 'current' : 'upcoming',
  }));
}
