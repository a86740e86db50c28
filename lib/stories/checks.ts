import type { PrincipleId } from '../principles/ids';
import { countPronouns, weDominates, type PronounCounts } from './pronouns';
import { starParts, type StarPart, type Story } from './schema';
import { storyEvidence, type PrincipleEvidence } from './evidence';
import {
  countWords,
  formatSeconds,
  maxSeconds,
  minSeconds,
  speakingSeconds,
  spoken,
  targetSeconds,
} from '../text/speaking';
import { quoteMetric } from '../text/metric';

export const storyCheckIds = [
  'missing-part',
  'no-metric',
  'we-dominates',
  'too-long',
  'too-short',
] as const;
export type StoryCheckId = (typeof storyCheckIds)[number];

export interface StoryFinding {
  id: StoryCheckId;
  /** The STAR part the finding is about, when it is about one. */
  part?: StarPart;
  message: string;
}

export interface StoryChecks {
  findings: StoryFinding[];
  missingParts: StarPart[];
  /** The phrase in the Result that measures the outcome, or null. */
  metric: string | null;
  actionPronouns: PronounCounts;
  words: number;
  seconds: number;
  /** Principles the text gives evidence for, strongest first. */
  evidence: PrincipleEvidence[];
  /** Evidence the user has not tagged yet: offered as tags to confirm. */
  suggested: PrincipleId[];
  /** 0..maxQuality: how many checks pass, the metric counting double. Planner tie-break. */
  quality: number;
}

export const maxQuality = 8;
/** A part with fewer words than this is treated as not written yet. */
const minPartWords = 3;
const partNames: Record<StarPart, string> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
};

type Checkable = Pick<Story, StarPart | 'lps'>;

function lengthFinding(seconds: number): StoryFinding | null {
  if (seconds > maxSeconds)
    return {
      id: 'too-long',
      message: `About ${formatSeconds(seconds)} to tell: aim for ${formatSeconds(targetSeconds)}, and cut below 2 min.`,
    };
  if (seconds < minSeconds)
    return {
      id: 'too-short',
      message: `About ${formatSeconds(seconds)} to tell: there is room for more detail on what you did (aim ${formatSeconds(targetSeconds)}).`,
    };
  return null;
}

/** Every check on one story, as the form shows them while the user writes. Pure and cheap. */
export function checkStory(story: Checkable): StoryChecks {
  const findings: StoryFinding[] = [];
  const missingParts = starParts.filter((p) => countWords(story[p]) < minPartWords);
  for (const part of missingParts)
    findings.push({
      id: 'missing-part',
      part,
      message: `${partNames[part]} is missing: every STAR part needs at least a sentence.`,
    });

  const metric = quoteMetric(story.result);
  if (metric === null && !missingParts.includes('result'))
    findings.push({
      id: 'no-metric',
      part: 'result',
      message: 'The Result has no measurable outcome: add a number (%, time, money, count).',
    });

  const actionPronouns = countPronouns(story.action);
  if (weDominates(actionPronouns))
    findings.push({
      id: 'we-dominates',
      part: 'action',
      message: `The Action says "we" ${actionPronouns.we}× and "I" ${actionPronouns.i}×: say what you did.`,
    });

  const words = starParts.reduce((n, p) => n + countWords(story[p]), 0);
  const seconds = speakingSeconds(words);
  const tooLongOrShort = lengthFinding(seconds);
  if (tooLongOrShort) findings.push(tooLongOrShort);

  const evidence = storyEvidence(story);
  const suggested = evidence.map((e) => e.id).filter((id) => !story.lps.includes(id));
  const quality =
    starParts.length -
    missingParts.length +
    (metric === null ? 0 : 2) +
    (weDominates(actionPronouns) ? 0 : 1) +
    (tooLongOrShort ? 0 : 1);
  return {
    findings,
    missingParts,
    metric,
    actionPronouns,
    words,
    seconds,
    evidence,
    suggested,
    quality,
  };
}

const weakWords: Record<StoryCheckId, (f: StoryFinding) => string> = {
  'missing-part': (f) => `no ${f.part ? partNames[f.part] : 'STAR part'}`,
  'no-metric': () => 'no number in the Result',
  'we-dominates': () => '“we” more than “I”',
  'too-long': () => `over ${spoken.maxShort} to tell`,
  'too-short': () => `under ${spoken.min} to tell`,
};

/**
 * Why a story is weak to tell in an interview, in a few words each ("no number in the Result");
 * empty when every check passes. A weak story still counts: the badge says what to fix.
 */
export function weakReasons(checks: Pick<StoryChecks, 'findings'>): string[] {
  return checks.findings.map((f) => weakWords[f.id](f));
}
