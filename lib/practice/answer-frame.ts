import { choices } from './story-phrases';
import type { PushbackStory } from './pushback';

/**
 * The "analyse, don't defend" frame for answering pushback: name the trade-off you accepted,
 * what you got for it, the alternative you would try in hindsight, and the constraint that
 * ruled it out at the time. Hints come from the story when it mentions an alternative or a
 * constraint (a deadline, a budget, a team size). Known false positive: any sentence with
 * "only" or "weeks" is offered as the constraint, even when it describes the result.
 */

export const frameSteps = ['trade-off', 'in-exchange', 'hindsight', 'constraint'] as const;
export type FrameStep = (typeof frameSteps)[number];

export interface FramePrompt {
  step: FrameStep;
  label: string;
  prompt: string;
  /** Words from the story that could fill this step; '' when it has none. */
  hint: string;
}

export const frameIntro =
  "Analyse, don't defend: say it is a fair challenge, then walk through these four in order.";

const constraintWords =
  /\b(deadline|budget|only|limited|weeks?|days?|headcount|freeze|constraint|no time|short on|understaffed|legacy)\b/i;

function constraintHint(story: PushbackStory): string {
  const text = [story.situation, story.task, story.action].join('\n');
  const sentence = text.split(/(?<=[.!?])\s+|\n+/).find((s) => constraintWords.test(s));
  return sentence?.trim() ?? '';
}

/** The four steps with hints drawn from this story. */
export function answerFrame(story: PushbackStory): FramePrompt[] {
  const [choice] = choices([story.action, story.task, story.situation].join('\n'));
  return [
    {
      step: 'trade-off',
      label: 'The trade-off I accepted',
      prompt: 'Name what you gave up: speed, scope, cost, polish, a feature.',
      hint: '',
    },
    {
      step: 'in-exchange',
      label: 'In exchange for',
      prompt: 'Say what you got for it, as a result the customer or the team could see.',
      hint: '',
    },
    {
      step: 'hindsight',
      label: 'The alternative, in hindsight',
      prompt: 'Name the road not taken and what you would try now, with more time.',
      hint: choice?.alternative ?? '',
    },
    {
      step: 'constraint',
      label: 'The constraint at the time',
      prompt: 'Explain what ruled it out then: a deadline, missing data, the team you had.',
      hint: constraintHint(story),
    },
  ];
}
