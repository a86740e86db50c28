import { useState } from 'react';
import { checkStory, weakReasons } from '@/lib/stories/checks';
import { countWords, formatSeconds, speakingSeconds } from '@/lib/text/speaking';
import { starParts, type Story } from '@/lib/stories/schema';
import { LpChips } from './lp-chips';
import { WeakBadge } from './weak-badge';

interface StoryListProps {
  stories: readonly Story[];
  onEdit: (story: Story) => void;
  onDuplicate: (story: Story) => void;
  onDelete: (story: Story) => void;
}

function StoryItem({
  story,
  onEdit,
  onDuplicate,
  onDelete,
}: Omit<StoryListProps, 'stories'> & { story: Story }) {
  const words = starParts.reduce((n, p) => n + countWords(story[p]), 0);
  const weak = weakReasons(checkStory(story));
  const meta = [
    story.project,
    story.period,
    `about ${formatSeconds(speakingSeconds(words))} to tell`,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <li>
      <h3>{story.title}</h3>
      {weak.length > 0 && <WeakBadge reasons={weak} />}
      <p className="muted">{meta}</p>
      <LpChips lps={story.lps} />
      <div className="story-actions">
        <button type="button" onClick={() => onEdit(story)} aria-label={`Edit ${story.title}`}>
          Edit
        </button>
        <button
          type="button"
          onClick={() => onDuplicate(story)}
          aria-label={`Duplicate ${story.title}`}
        >
          Duplicate
        </button>
        <button type="button" onClick={() => onDelete(story)} aria-label={`Delete ${story.title}`}>
          Delete
        </button>
      </div>
    </li>
  );
}

/** A long bank renders a page at a time so the panel opens fast; search finds the rest. */
export const storyPageSize = 100;

/** The bank's stories, each with its principles, speaking time and actions. */
export function StoryList({ stories, ...actions }: StoryListProps) {
  const [limit, setLimit] = useState(storyPageSize);
  const left = stories.length - limit;
  return (
    <>
      <ul className="story-list" aria-label="Stories">
        {stories.slice(0, limit).map((story) => (
          <StoryItem key={story.id} story={story} {...actions} />
        ))}
      </ul>
      {left > 0 && (
        <button type="button" onClick={() => setLimit((n) => n + storyPageSize)}>
          Show {Math.min(left, storyPageSize)} more ({left} not shown)
        </button>
      )}
    </>
  );
}
