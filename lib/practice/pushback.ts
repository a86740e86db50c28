import { detectPrinciples } from '../principles/detect';
import type { PrincipleId } from '../principles/ids';
import { principleById } from '../principles/lookup';
import {
  actionPhrases,
  choices,
  isFinding,
  measuredClaim,
  spokenAction,
  toSecondPerson,
  type ActionPhrase,
} from './story-phrases';
import type { Story } from '../stories/schema';
import { squeezeSpaceRuns } from '../text/trim-end';

/**
 * Bar Raiser pushback built from the story's own words: why this approach over the one the
 * story mentions, the trade-off behind one of its actions, what they would change with more
 * time, and the data behind the result they claim. Asking about the candidate's real text is
 * what makes practice feel like the round; a generic "why?" is easy to rehearse.
 * Each phrase of the story is asked about at most once, and each question names the principle
 * it probes, from the ones the story is tagged with.
 * Known false positives: when the story names no alternative we ask what else they weighed;
 * when a sentence mixes two actions the phrase may stop at the first.
 */

export type PushbackStory = Pick<
  Story,
  'title' | 'project' | 'situation' | 'task' | 'action' | 'result'
> & { lps?: readonly PrincipleId[] };

export const pushbackKinds = ['why-approach', 'trade-off', 'more-time', 'evidence'] as const;
export type PushbackKind = (typeof pushbackKinds)[number];

export interface Pushback {
  kind: PushbackKind;
  question: string;
  /** The story's words the question is drawn from, to show beside it; '' for a fallback. */
  basis: string;
  /** The tagged principle the question probes; null when the story has no tags. */
  principle: { id: PrincipleId; name: string } | null;
}

const choosingVerbs =
  /^(chose|picked|went|opted|selected|preferred|settled|decided|considered|looked|evaluated|weighed|explored|debated|thought)\b/;

function whyApproach(story: PushbackStory, approach: string): Omit<Pushback, 'principle'> {
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
      basis: `${approach} over ${choice.alternative}`,
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

/** The tagged LP a question probes: one its words show, else the tags in turn. */
function probes(basis: string, lps: readonly PrincipleId[], index: number): Pushback['principle'] {
  if (lps.length === 0) return null;
  const shown = detectPrinciples(basis).find((p) => lps.includes(p.id))?.id;
  const id = shown ?? lps[index % lps.length]!;
  return { id, name: principleById(id).name };
}

type Draft = Omit<Pushback, 'principle'>;

/** "when you rewrote the loader", or the candidate's quoted words when they said "we". */
function tradeOffQuestion(a: ActionPhrase): string {
  const said = spokenAction(a);
  return 'you' in said
    ? `What trade-off did you accept when ${said.you}?`
    : `You said ${said.quote}. What trade-off did you accept there?`;
}

function moreTimeQuestion(a: ActionPhrase): string {
  const said = spokenAction(a);
  return 'you' in said
    ? `With more time, what would you change about how ${said.you}?`
    : `You said ${said.quote}. With more time, what would you change about it?`;
}

function evidenceQuestion(a: ActionPhrase): string {
  const said = spokenAction(a);
  return 'you' in said
    ? `What data told you it worked when ${said.you}?`
    : `You said ${said.quote}. What data told you it worked?`;
}

/** The story with long runs of white space squeezed (see `squeezeSpaceRuns`). */
function squeezeSpace(story: PushbackStory): PushbackStory {
  return {
    ...story,
    situation: squeezeSpaceRuns(story.situation),
    task: squeezeSpaceRuns(story.task),
    action: squeezeSpaceRuns(story.action),
    result: squeezeSpaceRuns(story.result),
  };
}

/** Four follow-ups for a story, in the order a Bar Raiser tends to ask them; no phrase twice. */
export function pushback(raw: PushbackStory): Pushback[] {
  const story = squeezeSpace(raw);
  const actions = actionPhrases(story.action).filter(
    (a) => !choosingVerbs.test(a.phrase) && !isFinding(a),
  );
  const why = whyApproach(story, actions[0]?.base ?? '');
  // Phrases already asked about are not asked about again.
  const unused = actions.filter(
    (a) => !why.basis.includes(a.base) && !why.basis.includes(a.phrase),
  );
  const tradeOffAction = unused[0];
  const last = unused.length > 1 ? unused.at(-1) : undefined;
  const claim = measuredClaim(story.result);
  const evidenceAction = unused.find((a) => a !== tradeOffAction && a !== last);
  const drafts: Draft[] = [
    why,
    tradeOffAction
      ? {
          kind: 'trade-off',
          question: tradeOffQuestion(tradeOffAction),
          basis: tradeOffAction.phrase,
        }
      : {
          kind: 'trade-off',
          question: 'What trade-off did you accept, and what did it cost?',
          basis: '',
        },
    last
      ? { kind: 'more-time', question: moreTimeQuestion(last), basis: last.phrase }
      : { kind: 'more-time', question: 'What would you do differently with more time?', basis: '' },
    claim
      ? {
          kind: 'evidence',
          question: `What data told you that ${toSecondPerson(claim)}, and that it was your change that did it?`,
          basis: claim,
        }
      : {
          kind: 'evidence',
          question: evidenceAction
            ? evidenceQuestion(evidenceAction)
            : 'What data told you it worked?',
          basis: evidenceAction?.phrase ?? '',
        },
  ];
  const lps = story.lps ?? [];
  return drafts.map((d, i) => ({ ...d, principle: probes(d.basis, lps, i) }));
}
