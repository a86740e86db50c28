import { interviewProcess } from './interview-process';
import type { InterviewProcess, RoundKind } from './schema';

/**
 * Where the candidate is in Amazon's hiring process, with the usual timings, in our own words.
 * What happens in each stage before the loop comes from the posting's interview process (the
 * same text the popup's process view shows), so a stage reads the same everywhere; without a
 * posting, the process of an unknown role stands in. Timings are typical, not promises:
 * recruiters move at different speeds, and the whole process usually takes two to six weeks.
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
  /** What happens in it. */
  what: string;
  /** What usually happens next, and how soon. */
  next: string;
}

/** Stages that the interview process describes, by the round kind it gives them. */
const processKinds: Partial<Record<StageId, RoundKind>> = {
  'recruiter-screen': 'recruiter-screen',
  'online-assessment': 'online-assessment',
  'phone-screen': 'phone-screen',
};

const general: readonly Stage[] = [
  {
    id: 'applied',
    name: 'Applied',
    length: 'Resume screen',
    what: 'Often by keyword first.',
    next: 'A recruiter usually writes within one to three weeks, if at all.',
  },
  {
    id: 'recruiter-screen',
    name: 'Recruiter screen',
    length: '',
    what: '',
    next: 'The assessment link tends to follow within a few days.',
  },
  {
    id: 'online-assessment',
    name: 'Online assessment',
    length: '',
    what: '',
    next: 'Usually due within a week of the invitation; results come back in one to two weeks.',
  },
  {
    id: 'phone-screen',
    name: 'Phone screen',
    length: '',
    what: '',
    next: 'The loop is often scheduled one to three weeks later.',
  },
  {
    id: 'loop',
    name: 'Loop',
    length: '',
    what: '',
    next: 'The debrief usually meets within a few days.',
  },
  {
    id: 'debrief',
    name: 'Debrief and decision',
    length: 'Interviewers meet and vote',
    what: '',
    next: 'The answer usually comes within five business days of the loop.',
  },
];

/** The loop in one line: its rounds by name, the Bar Raiser among them. */
function loopStage(process: InterviewProcess): Pick<Stage, 'length' | 'what'> {
  const n = process.loop.length;
  return {
    length: `${n} ${n === 1 ? 'round' : 'rounds'} of about an hour, often on one day`,
    what: `${process.loop.map((s) => s.name).join(', ')}. Every round asks Leadership Principle questions.`,
  };
}

/** The hiring stages described for this posting's process (an unknown role's when null). */
export function hiringStages(process: InterviewProcess | null = null): Stage[] {
  const source = process ?? interviewProcess('other', 'unknown', false);
  return general.map((stage) => {
    if (stage.id === 'loop') return { ...stage, ...loopStage(source) };
    const kind = processKinds[stage.id];
    const from = kind && source.before.find((s) => s.kind === kind);
    return from ? { ...stage, length: from.duration, what: from.what } : stage;
  });
}

export const stageStates = ['done', 'current', 'upcoming'] as const;
export type StageState = (typeof stageStates)[number];

/** Every stage marked done, current or upcoming relative to where the candidate is. */
export function stageProgress(
  current: StageId,
  process: InterviewProcess | null = null,
): (Stage & { state: StageState })[] {
  const at = stageIds.indexOf(current);
  return hiringStages(process).map((s, i) => ({
    ...s,
    state: i < at ? 'done' : i === at ? 'current' : 'upcoming',
  }));
}
