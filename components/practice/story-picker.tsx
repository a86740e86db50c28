import type { MarathonStory } from '@/lib/practice/marathon';

interface StoryPickerProps {
  stories: readonly MarathonStory[];
  value: string;
  /** Question number (1-based) each story was already told for, by story id. */
  usedAt: ReadonlyMap<string, number>;
  onPick: (storyId: string) => void;
}

/** Which story the user would tell for this question; stories already told are marked. */
export function StoryPicker({ stories, value, usedAt, onPick }: StoryPickerProps) {
  return (
    <label className="story-picker">
      Story for this question
      <select value={value} onChange={(e) => onPick(e.target.value)}>
        <option value="">Pick a story…</option>
        {stories.map((s) => {
          const at = usedAt.get(s.id);
          return (
            <option key={s.id} value={s.id}>
              {at ? `${s.title} (told for question ${at})` : s.title}
            </option>
          );
        })}
      </select>
    </label>
  );
}
