import { actionPhrases, choices, resultClaim, toSecondPerson } from './story-phrases';
import type { Story } from '../stories/schema';

/**
 * Bar Raiser pushback built from the story's own words: why this approach over the one the
 * story mentions, the trade-off behind one of its actions, what they would change with more
 * time, and the data behind the result they claim. Asking about the candidate's real text is
 * what makes practice feel like the round; a generic "why?" is easy to rehearse.
 * Known false positives: when the story names no alternative we ask what else they weighed;
 * when a sentence mixes two actions the phrase may stop at the first.
 */

export type PushbackStory = Pick<
  Story,
  'title' | 'project' | 'situation' | 'task' | 'action' | 'result'
>;

export const pushbackKinds = ['why-approach', 'trade-off', 'more-time', 'evidence'] as const;
export type PushbackKind = (typeof pushbackKinds)[number];

export interface Pushback {
  kind: PushbackKind;
  question: string;
  /** The story's words the question is drawn from, to show beside it; '' for a fallback. */
  basis: string;
}

const choosingVerbs =
  /^(chose|picked|went|opted|selected|preferred|settled|decided|considered|looked|evaluated|weighed|explored|debated|thought)\b/;

function whyApproach(story: PushbackStory, approach: string): Pushback {
  const all = `${story.action}\n${story.task}\n${story.situation}`;
  const [choice] = choices(all);
  if (choice?.chosen) {
    const chosen = toSecondPerson(choice.chosen);
    const alt = toSecondPerson(choice.alternative);
    return {
      kind: 'why-approach',
      question: `Why ${chosen} ${choice.connector} ${alt}?`,
      basis: `${choice.chosen} ${choice.connector} ${choice.alternative}`,
    };
  }
  if (choice && approach) {
    return {
      kind: 'why-approach',
      question: `Why ${toSecondPerson(approach)} over ${toSecondPerson(choice.alternative)}?`,
      basis: choice.alternative,
    };
  }
  if (approach) {
    return {
      kind: 'why-approach',
      question: `Why ${toSecondPerson(approach)}? What else did you consider, and why not that?`,
      basis: approach,
    };
  }
  return {
    kind: 'why-approach',
    question: 'Why that approach? What was the alternative?',
    basis: '',
  };
}

/** Four follow-ups for a story, in the order a Bar Raiser tends to ask them. */
export function pushback(story: PushbackStory): Pushback[] {
  const actions = actionPhrases(story.action).filter((a) => !choosingVerbs.test(a.phrase));
  const first = actions[0];
  const last = actions.at(-1);
  const tradeOffAction = actions[1] ?? first;
  const claim = resultClaim(story.result);
  return [
    whyApproach(story, first?.base ?? ''),
    tradeOffAction
      ? {
          kind: 'trade-off',
          question: `What trade-off did you accept when you ${toSecondPerson(tradeOffAction.phrase)}?`,
          basis: tradeOffAction.phrase,
        }
      : {
          kind: 'trade-off',
          question: 'What trade-off did you accept, and what did it cost?',
          basis: '',
        },
    last
      ? {
          kind: 'more-time',
          question: `What would you do differently with more time, starting from when you ${toSecondPerson(last.phrase)}?`,
          basis: last.phrase,
        }
      : { kind: 'more-time', question: 'What would you do differently with more time?', basis: '' },
    claim
      ? {
          kind: 'evidence',
          question: `What data told you that ${toSecondPerson(claim)}, and that it was your change that did it?`,
          basis: claim,
        }
      : {
          kind: 'evidence',
          question: first
            ? `What data told you it worked when you ${toSecondPerson(first.phrase)}?`
            : 'What data told you it worked?',
          basis: first?.phrase ?? '',
        },
  ];
}
