import type { SavedPosting } from '@/lib/backup/bank-schema';

/** `current` is the posting in the active tab; any other value is a saved posting's id. */
export const currentChoice = 'current';

interface PostingPickerProps {
  currentTitle: string | null;
  saved: readonly SavedPosting[];
  value: string;
  onChange: (value: string) => void;
}

/** Choose the posting to plan for: the one in this tab or one seen before. */
export function PostingPicker({ currentTitle, saved, value, onChange }: PostingPickerProps) {
  return (
    <label className="filters">
      Plan for{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {currentTitle !== null && <option value={currentChoice}>This tab: {currentTitle}</option>}
        {saved.map((p) => (
          <option key={p.id} value={p.id}>
            {p.result.posting.title || p.id} (seen {new Date(p.seenAt).toLocaleDateString()})
          </option>
        ))}
      </select>
    </label>
  );
}
