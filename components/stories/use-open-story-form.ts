import { useSyncExternalStore } from 'react';
import type { Story, StoryDraft } from '@/lib/stories/schema';

/**
 * The story form as the user left it. Kept at module level, like the story trash: switching to
 * another tab of the side panel unmounts the stories view, and a half-written story must still be
 * there when the user comes back, not silently dropped.
 */
export interface OpenStoryForm {
  /** The story being edited, or null for a new one. */
  story: Story | null;
  draft: StoryDraft;
  tagsText: string;
}

let form: OpenStoryForm | null = null;
const listeners = new Set<() => void>();

function set(next: OpenStoryForm | null) {
  form = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const actions = {
  open: (story: Story | null, draft: StoryDraft) =>
    set({ story, draft, tagsText: draft.tags.join(', ') }),
  /**
   * Records what is typed. Read only when the form mounts again, so nobody is told: the form
   * that is open owns its state, and re-rendering the view on each key would be wasted work.
   */
  keep: (draft: StoryDraft, tagsText: string) => {
    if (form) form = { ...form, draft, tagsText };
  },
  close: () => set(null),
};

/** Closes the form without saving (tests start with none open). */
export const closeStoryForm = actions.close;

export function useOpenStoryForm(): { form: OpenStoryForm | null } & typeof actions {
  return { form: useSyncExternalStore(subscribe, () => form), ...actions };
}
