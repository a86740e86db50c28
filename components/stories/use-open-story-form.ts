import { createStore, useStore } from '@/components/common/use-store';
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
  /**
   * Set when Save was refused because another window changed (or deleted) the story since this
   * form read it: the user chooses which to keep. `mine` is the draft that was not written.
   */
  conflict?: { theirs: Story | undefined; mine: StoryDraft };
}

const store = createStore<OpenStoryForm | null>(null);

const actions = {
  open: (story: Story | null, draft: StoryDraft) =>
    store.set({ story, draft, tagsText: draft.tags.join(', ') }),
  /**
   * Records what is typed. Read only when the form mounts again, so nobody is told: the form
   * that is open owns its state, and re-rendering the view on each key would be wasted work.
   */
  keep: (draft: StoryDraft, tagsText: string) => {
    const form = store.get();
    if (form) store.setQuietly({ ...form, draft, tagsText });
  },
  close: () => store.set(null),
  conflict: (theirs: Story | undefined, mine: StoryDraft) => {
    const form = store.get();
    if (form) store.set({ ...form, conflict: { theirs, mine } });
  },
};

/** Closes the form without saving (tests start with none open). */
export const closeStoryForm = actions.close;

export function useOpenStoryForm(): { form: OpenStoryForm | null } & typeof actions {
  return { form: useStore(store), ...actions };
}
