import type { Story } from '@/lib/stories/schema';

interface StoryConflictProps {
  /** The story as the other window left it; undefined when it deleted it. */
  theirs: Story | undefined;
  onKeepTheirs: () => void;
  onKeepMine: () => void;
  onKeepBoth: () => void;
}

const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/** Save was refused: another window changed the story since this form read it. Nothing is lost. */
export function StoryConflict({
  theirs,
  onKeepTheirs,
  onKeepMine,
  onKeepBoth,
}: StoryConflictProps) {
  return (
    <div className="notice notice-partial" role="alert">
      <p>
        {theirs
          ? `Not saved: this story changed in another window (saved ${when.format(theirs.updatedAt)}) since you opened it. Which version do you keep?`
          : 'Not saved: this story was deleted in another window since you opened it (it is in Recently deleted). Keep your version?'}
      </p>
      <div className="form-actions">
        {theirs && (
          <button type="button" onClick={onKeepTheirs}>
            Keep theirs
          </button>
        )}
        <button type="button" onClick={onKeepMine}>
          {theirs ? 'Keep mine' : 'Keep mine as a story'}
        </button>
        {theirs && (
          <button type="button" onClick={onKeepBoth}>
            Keep both (mine as a copy)
          </button>
        )}
        {!theirs && (
          <button type="button" onClick={onKeepTheirs}>
            Discard mine
          </button>
        )}
      </div>
    </div>
  );
}
