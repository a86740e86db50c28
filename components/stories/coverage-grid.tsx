import { principles } from '@/lib/principles/catalogue';
import type { PrincipleId } from '@/lib/principles/ids';
import type { Story } from '@/lib/stories/schema';

interface CoverageGridProps {
  stories: readonly Story[];
  selected: PrincipleId | null;
  /** Clicking a principle filters the list by it (again to clear). */
  onSelect: (id: PrincipleId | null) => void;
}

/** How many stories back each of the 16 principles; the ones with none are marked thin. */
export function CoverageGrid({ stories, selected, onSelect }: CoverageGridProps) {
  const counts = new Map<PrincipleId, number>();
  for (const story of stories)
    for (const id of story.lps) counts.set(id, (counts.get(id) ?? 0) + 1);
  return (
    <ul className="coverage-grid" aria-label="Coverage by principle">
      {principles.map(({ id, name }) => {
        const count = counts.get(id) ?? 0;
        return (
          <li key={id}>
            <button
              type="button"
              className={count === 0 ? 'coverage-thin' : undefined}
              aria-pressed={selected === id}
              onClick={() => onSelect(selected === id ? null : id)}
            >
              {name}: {count === 0 ? 'no story' : `${count} ${count === 1 ? 'story' : 'stories'}`}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
