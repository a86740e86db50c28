import type { PrincipleId } from '../../principles/ids';
import { principleById } from '../../principles/lookup';
import { answerFeedback, type AnswerFeedback, type AnswerFindingId } from '../answer-feedback';
import { earlierTelling } from './repeats';
import type { Debrief, LpVote, MockLoop, PractiseNext, RoundDebrief, Vote } from './schema';

/**
 * The debrief of a mock loop, from the same answer feedback the practice view shows
 * (`answerFeedback`): for each round and each principle it was assigned, Inclined when the
 * answers showed the principle in the user's own words, told a result, and said "I" at least as
 * often as "we"; Not Inclined otherwise, with what was missing. The round's vote is the majority
 * of its principles (a tie is Not Inclined); the Bar Raiser's round votes the same way and would
 * veto when it is Not Inclined while the other rounds lean Inclined. It is a practice estimate
 * from LoopReady's own checks, never a prediction of Amazon's decision.
 */

export const debriefLabel =
  "A practice estimate from LoopReady's own checks of your answers. It is not a prediction of Amazon's decision.";

/** Findings that decide a Not Inclined vote. */
export const blockingFindings: readonly AnswerFindingId[] = [
  'no-principle-evidence',
  'no-result',
  'we-dominates',
];

const missingText: Partial<Record<AnswerFindingId, (name: string) => string>> = {
  'no-principle-evidence': (name) => `No sentence showed ${name} in what you did.`,
  'no-result': () => 'No result: the answer did not say what changed because of you.',
  'we-dominates': () => '“We” outnumbered “I”, so what you did yourself was hard to hear.',
  'no-metric': () => 'No number in the result.',
  'long-situation': () => 'The situation took more than 30% of the answer.',
  'short-action': () => 'The action was shorter than another part of the answer.',
  'too-long': () => 'Over two minutes.',
  'over-target': () => 'Past 75 seconds; aim for about that.',
  'too-short': () => 'Under 30 seconds: too little for the interviewer to judge.',
  fillers: () => 'Many filler words.',
};

const nextText: Partial<
  Record<AnswerFindingId, (p: { name: string; storyPrompt: string }) => string>
> = {
  'no-principle-evidence': (p) =>
    `${p.name}: rehearse a story about ${p.storyPrompt}, and say the action that shows it.`,
  'no-result': (p) => `${p.name}: end the answer on the result, with a number.`,
  'we-dominates': (p) => `${p.name}: tell the action with “I”: what you did, not the team.`,
  'no-metric': (p) => `${p.name}: give the result a number (before and after).`,
  'long-situation': (p) => `${p.name}: cut the set-up to two sentences and get to the action.`,
  'short-action': (p) => `${p.name}: spend most of the answer on what you did.`,
  'too-long': (p) => `${p.name}: bring the answer under two minutes.`,
  'over-target': (p) => `${p.name}: tighten the answer toward 75 seconds.`,
  'too-short': (p) => `${p.name}: give a fuller answer: situation, your actions, the result.`,
  fillers: (p) => `${p.name}: pause instead of filler words.`,
};

/** The text one principle is judged on: answers to its own questions, else the whole round's. */
function textFor(round: number, lp: PrincipleId, loop: MockLoop): { text: string; ms: number } {
  const answers = loop.answers.filter((a) => a.round === round);
  const own = answers.filter((a) => loop.rounds[round]?.questions[a.question]?.principleId === lp);
  const used = own.length > 0 ? own : answers;
  const text = used
    .flatMap((a) => [a.text, ...a.interruptions.map((i) => i.answer)])
    .filter((t) => t.trim() !== '')
    .join('\n');
  return { text, ms: used.reduce((n, a) => n + a.elapsedMs, 0) };
}

export function lpVote(
  lp: PrincipleId,
  text: string,
): { vote: LpVote; feedback: AnswerFeedback | null } {
  const name = principleById(lp).name;
  if (text.trim() === '')
    return {
      vote: {
        principleId: lp,
        name,
        vote: 'not-inclined',
        evidence: [],
        missing: ['No answer was given.'],
      },
      feedback: null,
    };
  const feedback = answerFeedback({ text, principleId: lp });
  const blocked = feedback.findings.some((f) => blockingFindings.includes(f));
  const evidence = [...(feedback.principle?.evidence ?? [])];
  if (feedback.metric && !evidence.some((e) => e.includes(feedback.metric!)))
    evidence.push(feedback.metric);
  const missing = feedback.findings.flatMap((f) => {
    const say = missingText[f];
    return say ? [say(name)] : [];
  });
  return {
    vote: {
      principleId: lp,
      name,
      vote: blocked ? 'not-inclined' : 'inclined',
      evidence: evidence.slice(0, 8),
      missing,
    },
    feedback,
  };
}

const majority = (votes: readonly LpVote[]): Vote =>
  votes.filter((v) => v.vote === 'inclined').length * 2 > votes.length
    ? 'inclined'
    : 'not-inclined';

function repeatNote(loop: MockLoop, round: number): string {
  const told = loop.answers.map((a) => ({
    round: a.round,
    roundName: loop.rounds[a.round]?.name ?? '',
    text: a.text,
  }));
  for (const a of loop.answers.filter((x) => x.round === round)) {
    const earlier = earlierTelling(told, round, a.text);
    if (earlier)
      return `This story was already told in ${earlier.roundName} (“${earlier.opening}”). Interviewers compare notes: a repeat reads as a thin story bank.`;
  }
  return '';
}

type Judged = { round: number; vote: LpVote; feedback: AnswerFeedback | null };

function practiseNext(judged: readonly Judged[], repeats: boolean): PractiseNext[] {
  const out: PractiseNext[] = [];
  const seen = new Set<string>();
  const add = (item: PractiseNext) => {
    if (out.length < 3 && !seen.has(item.text)) {
      seen.add(item.text);
      out.push(item);
    }
  };
  if (repeats)
    add({
      principleId: null,
      text: 'Have a different story ready for each round: the interviewers compare notes.',
    });
  const ordered = [...judged].sort((a, b) =>
    a.vote.vote === b.vote.vote ? 0 : a.vote.vote === 'not-inclined' ? -1 : 1,
  );
  for (const j of ordered) {
    const p = principleById(j.vote.principleId);
    if (!j.feedback) {
      add({ principleId: p.id, text: `${p.name}: answer a question about ${p.storyPrompt}.` });
      continue;
    }
    const finding = j.feedback.findings.find((f) => nextText[f]);
    if (finding)
      add({
        principleId: p.id,
        text: nextText[finding]!({ name: p.name, storyPrompt: p.storyPrompt }),
      });
  }
  // Answers that held up still face follow-ups: rehearse those for the rest.
  for (const j of ordered) {
    const p = principleById(j.vote.principleId);
    add({
      principleId: p.id,
      text: `${p.name}: rehearse the follow-ups on this story: why that approach, and what you would change.`,
    });
  }
  return out;
}

/** The debrief of the loop's answers so far. */
export function debriefOf(loop: MockLoop): Debrief {
  const judged: Judged[] = [];
  const rounds: RoundDebrief[] = loop.rounds.map((r, index) => {
    const votes = r.lps.map((lp) => {
      const { vote, feedback } = lpVote(lp, textFor(index, lp, loop).text);
      judged.push({ round: index, vote, feedback });
      return vote;
    });
    return {
      name: r.name,
      interviewer: r.interviewer,
      kind: r.kind,
      vote: majority(votes),
      votes,
      repeat: repeatNote(loop, index),
    };
  });
  const br = rounds.findLast((r) => r.kind === 'bar-raiser');
  const others = rounds.filter((r) => r !== br);
  const othersInclined = others.filter((r) => r.vote === 'inclined').length * 2 > others.length;
  const barRaiser = br
    ? {
        vote: br.vote,
        veto: br.vote === 'not-inclined' && othersInclined,
        reason:
          br.vote === 'inclined'
            ? `The Bar Raiser saw ${br.votes
                .filter((v) => v.vote === 'inclined')
                .map((v) => v.name)
                .join(' and ')} in your answers.`
            : `The Bar Raiser did not see ${br.votes
                .filter((v) => v.vote === 'not-inclined')
                .map((v) => v.name)
                .join(
                  ' or ',
                )}${othersInclined ? ', and would veto though the other rounds lean Inclined' : ''}.`,
      }
    : null;
  return {
    label: debriefLabel,
    rounds,
    barRaiser,
    practiseNext: practiseNext(
      judged,
      rounds.some((r) => r.repeat !== ''),
    ),
  };
}
