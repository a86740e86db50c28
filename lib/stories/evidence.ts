import { detectPrinciples, type DetectedPrinciple } from '../principles/detect';
import { storyText, type Story } from './schema';

/** One principle the story's text gives evidence for, with the phrases that show it. */
export type PrincipleEvidence = Pick<DetectedPrinciple, 'id' | 'name' | 'score' | 'evidence'>;

/**
 * Which principles the story's own words support (not the tags the user chose): the shared
 * signal-phrase detector run over Situation, Task, Action and Result. Any hit counts as evidence,
 * so a single generic word ("data") can suggest Dive Deep; the user confirms suggested tags.
 */
export function storyEvidence(
  story: Pick<Story, 'situation' | 'task' | 'action' | 'result'>,
): PrincipleEvidence[] {
  return detectPrinciples(storyText(story), { maxEvidence: 3 }).map(
    ({ id, name, score, evidence }) => ({ id, name, score, evidence }),
  );
}
