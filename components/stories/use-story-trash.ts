import { createStore, useStore } from '@/components/common/use-store';
import { restoreStory } from '@/lib/db/stories';
import type { Story } from '@/lib/stories/schema';

/**
 * Stories deleted while this page (the side panel) is open, newest last, so each deletion can be
 * undone in turn. Kept at module level rather than in the view: switching tabs unmounts the
 * stories view, and an undo that forgot deletions on a tab switch would lose data quietly.
 */
const trash = createStore<readonly Story[]>([]);

export interface StoryTrashApi {
  /** Deleted stories, the most recent last. */
  deleted: readonly Story[];
  push: (story: Story) => void;
  /** Restores the most recent deletion; the one before it becomes next. */
  undoLast: () => Promise<void>;
  /** The user chose to keep the deletions: nothing is left to undo. */
  clear: () => void;
}

async function undoLast() {
  const last = trash.get().at(-1);
  if (!last) return;
  await restoreStory(last);
  trash.set(trash.get().filter((s) => s !== last));
}

const actions = {
  push: (story: Story) => trash.set([...trash.get(), story]),
  undoLast,
  clear: () => trash.set([]),
};

/** Empties the trash without restoring anything (tests start from an empty one). */
export const clearStoryTrash = actions.clear;

export function useStoryTrash(): StoryTrashApi {
  const deleted = useStore(trash);
  return { deleted, ...actions };
}
