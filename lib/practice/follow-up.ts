import {
  actionPhrases,
  isFinding,
  measuredClaim,
  spokenAction,
  toSecondPerson,
  type ActionPhrase,
} from './story-phrases';
import { answerClauses } from './answer-parts';
import { squeezeSpaceRuns } from '../text/trim-end';

/**
 * Bar Raiser follow-ups drawn from a practice answer's own clauses, the way a real loop probes
 * what was just said: why that decision, what the data said, what went wrong, and whether they
 * would do it again. Each phrase is asked about once; without the NLP engine (or without
 * first-person actions) the questions fall back to their plain form.
 */

export const followUpKinds = ['why-decision', 'what-data', 'what-went-wrong', 'do-again'] as const;
export type FollowUpKind = (typeof followUpKinds)[number];

export interface FollowUp {
  kind: FollowUpKind;
  question: string;
  /** The answer's words the question is drawn from; '' for a plain question. */
  basis: string;
}

/**
 * A question about an action: `mine` with the verb in base form when the candidate said "I"; when
 * they said "we", their words quoted and then `ours`, so no question claims the team's work as theirs.
 */
function asked(a: ActionPhrase, mine: (base: string) => string, ours: string): string {
  const said = spokenAction(a);
  return 'you' in said ? mine(toSecondPerson(a.base)) : `You said ${said.quote}. ${ours}`;
}

/** Four follow-ups to an answer, most probing first. */
export function followUps(raw: string): FollowUp[] {
  const answer = squeezeSpaceRuns(raw);
  const actions = actionPhrases(answer).filter((a) => !isFinding(a));
  const [decision, wrong, again] = [actions[0], actions[1], actions.at(-1)];
  const result = answerClauses(answer)
    .filter((c) => c.part === 'result')
    .map((c) => c.text)
    .join('. ');
  const claim = measuredClaim(result);
  return [
    decision
      ? {
          kind: 'why-decision',
          question: asked(
            decision,
            (you) => `Why did you decide to ${you}, and what else was on the table?`,
            'Why that, and what else was on the table?',
          ),
          basis: decision.phrase,
        }
      : {
          kind: 'why-decision',
          question: 'Why that decision? What else was on the table?',
          basis: '',
        },
    claim
      ? {
          kind: 'what-data',
          question: `What did the data say, and how do you know that ${toSecondPerson(claim)} because of what you did?`,
          basis: claim,
        }
      : { kind: 'what-data', question: 'What did the data say, before and after?', basis: '' },
    wrong
      ? {
          kind: 'what-went-wrong',
          question: asked(
            wrong,
            () =>
              `What went wrong when you ${toSecondPerson(wrong.phrase)}, and what did you do about it?`,
            'What went wrong there, and what did you do about it?',
          ),
          basis: wrong.phrase,
        }
      : { kind: 'what-went-wrong', question: 'What went wrong along the way?', basis: '' },
    again && again !== wrong && again !== decision
      ? {
          kind: 'do-again',
          question: asked(
            again,
            (you) => `Would you ${you} again, knowing what you know now?`,
            'Would you do it the same way again, knowing what you know now?',
          ),
          basis: again.phrase,
        }
      : {
          kind: 'do-again',
          question: 'What would you do the same way again, and what not?',
          basis: '',
        },
  ];
}
