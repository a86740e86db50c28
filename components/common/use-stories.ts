import { useLiveQuery } from 'dexie-react-hooks';
import {
  addStory,
  deleteStory,
  duplicateStory,
  listStories,
  restoreStory,
  StaleStoryError,
  updateStory,
} from '@/lib/db/stories';
import type { Story, StoryDraft } from '@/lib/stories/schema';

export interface StoriesApi {
  /** undefined while the first read is running. */
  stories: Story[] | undefined;
  add: (draft: StoryDraft) => Promise<Story>;
  /** `base`: the version (updatedAt) the form read; a stale one throws StaleStoryError. */
  update: (id: string, draft: StoryDraft, now?: number, base?: number) => Promise<Story>;
  duplicate: (id: string) => Promise<Story>;
  /** Returns the deleted story so the view can offer undo. */
  remove: (id: string) => Promise<Story | undefined>;
  restore: (story: Story) => Promise<void>;
}

const actions = {
  add: (draft: StoryDraft) => addStory(draft),
  update: (id: string, draft: StoryDraft, now?: number, base?: number) =>
    updateStory(id, draft, now, base),
  duplicate: (id: string) => duplicateStory(id),
  remove: deleteStory,
  restore: restoreStory,
};

export { StaleStoryError };

/** The story bank, live: every open panel sees a change as soon as it is written. */
export function useStories(): StoriesApi {
  const stories = useLiveQuery(listStories, []);
  return { stories, ...actions };
}
