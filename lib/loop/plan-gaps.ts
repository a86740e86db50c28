import type { PrincipleId } from '../principles/ids';
import { principleById } from '../principles/lookup';

/** The named gap shown for an empty slot, saying what kind of story would fill it. */
export function gapMessage(id: PrincipleId): string {
  const { name, storyPrompt } = principleById(id);
  return storyPrompt
    ? `No story for ${name}: write one about ${storyPrompt}`
    : `No story for ${name}: write one and tag it with this principle`;
}
