import type { DetectedPrinciple } from '../principles/detect';
import { detectPrincipleClauses } from '../principles/clause-evidence';
import { storyText, type Story } from './schema';

/** One principle the story's text gives evidence for, with the clauses that show it. */
export type PrincipleEvidence = Pick<DetectedPrinciple, 'id' | 'name' | 'score' | 'evidence'>;

/**
 * Which principles the story's own words support (not the tags the user chose): the shared
 * signal-phrase detector run over Situation, Task, Action and Result, each hit quoted as the
 * whole clause it sits in. Any hit counts as evidence, so a single generic word ("data") can
 * suggest Dive Deep; the user confirms suggested tags. A principle whose only clauses were
 * already quoted for a stronger one is still listed, with no quote of its own.
 */
export function storyEvidence(
  story: Pick<Story, 'situation' | 'task' | 'action' | 'result'>,
): PrincipleEvidence[] {
  return detectPrincipleClauses(storyText(story), { maxEvidence: 3 }).map(
    ({ id, name, score, evidence }) => ({ id, name, score, evidence }),
  );
}
