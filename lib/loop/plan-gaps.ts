import type { PrincipleId } from '../principles/ids';
import { principleById } from '../principles/lookup';
import { nameInSentence } from '../text/name-list';

/** The named gap shown for an empty slot, saying what kind of story would fill it. */
export function gapMessage(id: PrincipleId): string {
  const { storyPrompt } = principleById(id);
  const name = nameInSentence(principleById(id).name);
  return storyPrompt
    ? `No story for ${name}: write one about ${storyPrompt}`
    : `No story for ${name}: write one and tag it with this principle`;
}

/** Where a story that could fill a gap is already told. */
export interface ToldElsewhere {
  title: string;
  round: string;
}

/**
 * The gap message when the bank has a story tagged with the principle but the plan tells it in
 * another round (each story is told once): say where, and offer the two ways out.
 */
export function toldElsewhereMessage(id: PrincipleId, told: ToldElsewhere): string {
  const name = nameInSentence(principleById(id).name);
  return `Your ${name} story “${told.title}” is already told in ${told.round}. Pick it under “Use a story…” to tell it here instead, or write a second ${name} story.`;
}
