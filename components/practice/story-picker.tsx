import { useMemo } from 'react';
import { storiesForPrinciple, type MarathonQuestion } from '@/lib/practice/marathon';
import { checkStory, weakReasons } from '@/lib/stories/checks';
import type { Story } from '@/lib/stories/schema';

interface StoryPickerProps {
  stories: readonly Story[];
  /** The question being answered: stories tagged for its principle come first, marked. */
  question: Pick<MarathonQuestion, 'principleId' | 'principleName'>;
  value: string;
  /** Question number (1-based) each story was already told for, by story id. */
  usedAt: ReadonlyMap<string, number>;
  onPick: (storyId: string) => void;
}

/**
 * Which story the user would tell for this question: those tagged for the asked principle first
 * (in a group named "Tagged for <LP>"), then the rest; stories already told and weak stories are
 * marked in the option text, so the choice is informed before the timer starts.
 */
export function StoryPicker({ stories, question, value, usedAt, onPick }: StoryPickerProps) {
  const weak = useMemo(
    () => new Map(stories.map((s) => [s.id, weakReasons(checkStory(s))])),
    [stories],
  );
  const { tagged, others } = storiesForPrinciple(stories, question.principleId);
  const option = (s: Story) => {
    const at = usedAt.get(s.id);
    const notes = [
      at ? `told for question ${at}` : '',
      weak.get(s.id)?.length ? `weak: ${weak.get(s.id)!.join(', ')}` : '',
    ].filter(Boolean);
    return (
      <option key={s.id} value={s.id}>
        {notes.length > 0 ? `${s.title} (${notes.join('; ')})` : s.title}
      </option>
    );
  };
  return (
    <>
      <label className="story-picker">
        Story for this question
        <select value={value} onChange={(e) => onPick(e.target.value)}>
          <option value="">Pick a story…</option>
          {tagged.length > 0 && (
            <optgroup label={`Tagged for ${question.principleName}`}>{tagged.map(option)}</optgroup>
          )}
          {others.length > 0 &&
            (tagged.length > 0 ? (
              <optgroup label="Other stories">{others.map(option)}</optgroup>
            ) : (
              others.map(option)
            ))}
        </select>
      </label>
      {tagged.length === 0 && (
        <p className="muted">No story is tagged for {question.principleName} yet.</p>
      )}
    </>
  );
}
