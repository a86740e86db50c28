import { useLiveQuery } from 'dexie-react-hooks';
import {
  addStory,
  deleteStory,
  duplicateStory,
  listStories,
  restoreStory,
  updateStory,
} from '@/lib/db/stories';
import type { Story, StoryDraft } from '@/lib/stories/schema';

export interface StoriesApi {
  /** undefined while the first read is running. */
  stories: Story[] | undefined;
  add: (draft: StoryDraft) => Promise<Story>;
  update: (id: string, draft: StoryDraft) => Promise<Story>;
  duplicate: (id: string) => Promise<Story>;
  /** Returns the deleted story so the view can offer undo. */
  remove: (id: string) => Promise<Story | undefined>;
  restore: (story: Story) => Promise<void>;
}

const actions = {
  add: (draft: StoryDraft) => addStory(draft),
  update: (id: string, draft: StoryDraft) => updateStory(id, draft),
  duplicate: (id: string) => duplicateStory(id),
  remove: deleteStory,
  restore: restoreStory,
};

/** The story bank, live: every open panel sees a change as soon as it is written. */
export function useStories(): StoriesApi {
  const stories = useLiveQuery(listStories, []);
  return { stories, ...actions };
}
