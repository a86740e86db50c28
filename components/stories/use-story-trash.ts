import { useSyncExternalStore } from 'react';
import { restoreStory } from '@/lib/db/stories';
import type { Story } from '@/lib/stories/schema';

/**
 * Stories deleted while this page (the side panel) is open, newest last, so each deletion can be
 * undone in turn. Kept at module level rather than in the view: switching tabs unmounts the
 * stories view, and an undo that forgot deletions on a tab switch would lose data quietly.
 */
let trash: readonly Story[] = [];
const listeners = new Set<() => void>();

function set(next: readonly Story[]) {
  trash = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

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
  const last = trash.at(-1);
  if (!last) return;
  await restoreStory(last);
  set(trash.filter((s) => s !== last));
}

const actions = {
  push: (story: Story) => set([...trash, story]),
  undoLast,
  clear: () => set([]),
};

/** Empties the trash without restoring anything (tests start from an empty one). */
export const clearStoryTrash = actions.clear;

export function useStoryTrash(): StoryTrashApi {
  const deleted = useSyncExternalStore(subscribe, () => trash);
  return { deleted, ...actions };
}
