import {
  peopleLeadershipIds,
  principles,
  questionsFor,
  type Principle,
  type QuestionFit,
} from '../principles/catalogue';
import type { PrincipleId } from '../principles/ids';
import { seededRandom, weightedSample } from './seeded-random';

/**
 * The behavioural marathon: five LP questions in a row from the catalogue's own-words questions,
 * each from a different principle and weighted toward the posting's likely LPs, and a story per
 * question with no story told twice (interviewers compare notes in the debrief; a repeat reads
 * as a thin bank). Pure: the UI keeps the state and calls these functions.
 */

export const marathonLength = 5;

export interface MarathonQuestion {
  /** Stable: principle id and question index in the catalogue. */
  id: string;
  principleId: PrincipleId;
  principleName: string;
  text: string;
}

export interface LikelyWeight {
  id: PrincipleId;
  score: number;
}

/** A likely LP weighs up to 5x an unlisted one; manager-only LPs rarely come up unless likely. */
function weightOf(p: Principle, likely: ReadonlyMap<PrincipleId, number>): number {
  const score = likely.get(p.id);
  if (score !== undefined) return 1 + 4 * Math.min(1, Math.max(0, score));
  return (peopleLeadershipIds as readonly string[]).includes(p.id) ? 0.2 : 1;
}

/**
 * Five questions from five principles, the same for the same seed, likely LPs and posting. Each
 * question fits the posting's role family and level (`questionsFor`): a compensation role is not
 * asked about refusing to ship.
 */
export function pickQuestions(
  seed: number,
  likely: readonly LikelyWeight[] = [],
  count = marathonLength,
  catalogue: readonly Principle[] = principles,
  fit: QuestionFit = {},
): MarathonQuestion[] {
  const random = seededRandom(seed);
  const byId = new Map(likely.map((l) => [l.id, l.score]));
  const pool = catalogue
    .map((p) => ({ p, questions: questionsFor(p, fit) }))
    .filter((x) => x.questions.length > 0);
  const picked = weightedSample(
    pool.map((x) => weightOf(x.p, byId)),
    count,
    random,
  );
  return picked.map((i) => {
    const { p, questions } = pool[i]!;
    const q = Math.floor(random() * questions.length);
    return { id: `${p.id}-${q}`, principleId: p.id, principleName: p.name, text: questions[q]! };
  });
}

export interface MarathonStory {
  id: string;
  title: string;
}

export interface MarathonState {
  questions: MarathonQuestion[];
  /** The story told for each question, by position; null until picked. */
  picks: (MarathonStory | null)[];
  current: number;
}

export function startMarathon(questions: MarathonQuestion[]): MarathonState {
  return { questions, picks: questions.map(() => null), current: 0 };
}

export type ChooseResult =
  | { ok: true; state: MarathonState }
  | { ok: false; message: string; usedFor: { index: number; question: MarathonQuestion } };

/**
 * Assigns a story to the current question, or refuses one already told for another question
 * and says which question that was.
 */
export function chooseStory(state: MarathonState, story: MarathonStory): ChooseResult {
  const index = state.picks.findIndex((p, i) => p?.id === story.id && i !== state.current);
  if (index !== -1) {
    const question = state.questions[index]!;
    return {
      ok: false,
      usedFor: { index, question },
      message: `You already told "${story.title}" for question ${index + 1} (${question.principleName}): "${question.text}" Pick another story: interviewers compare notes, and a repeat reads as a thin bank.`,
    };
  }
  const picks = state.picks.map((p, i) => (i === state.current ? story : p));
  return { ok: true, state: { ...state, picks } };
}

/** Moves on once the current question has a story; past the last question the marathon is done. */
export function nextQuestion(state: MarathonState): MarathonState {
  if (!state.picks[state.current]) return state;
  return { ...state, current: Math.min(state.current + 1, state.questions.length) };
}

export function isFinished(state: MarathonState): boolean {
  return state.current >= state.questions.length;
}

export interface SummaryRow {
  question: MarathonQuestion;
  story: MarathonStory | null;
  /** Whether the user tagged the story with this question's principle. */
  tagged: boolean;
}

/** One row per question, noting whether each story is tagged for the principle it answered. */
export function marathonSummary(
  state: MarathonState,
  tags: ReadonlyMap<string, readonly PrincipleId[]> = new Map(),
): SummaryRow[] {
  return state.questions.map((question, i) => {
    const story = state.picks[i] ?? null;
    const tagged = story ? (tags.get(story.id) ?? []).includes(question.principleId) : false;
    return { question, story, tagged };
  });
}

/**
 * The picker's order for a question: stories tagged for its principle first, then the rest, each
 * group in the bank's own order (so the list does not jump around between questions).
 */
export function storiesForPrinciple<T extends { lps: readonly PrincipleId[] }>(
  stories: readonly T[],
  principleId: PrincipleId,
): { tagged: T[]; others: T[] } {
  const tagged = stories.filter((s) => s.lps.includes(principleId));
  return { tagged, others: stories.filter((s) => !s.lps.includes(principleId)) };
}
