import { principles } from '@/lib/principles/catalogue';
import { isPrincipleId } from '@/lib/stories/schema';
import type { PrincipleId } from '@/lib/principles/ids';

interface StoryFiltersProps {
  lp: PrincipleId | null;
  query: string;
  onLpChange: (lp: PrincipleId | null) => void;
  onQueryChange: (query: string) => void;
}

/** Filter by principle and search the stories' text. */
export function StoryFilters({ lp, query, onLpChange, onQueryChange }: StoryFiltersProps) {
  return (
    <div className="filters">
      <label>
        Principle{' '}
        <select
          value={lp ?? ''}
          onChange={(e) => onLpChange(isPrincipleId(e.target.value) ? e.target.value : null)}
        >
          <option value="">All principles</option>
          {principles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Search <input type="search" value={query} onChange={(e) => onQueryChange(e.target.value)} />
      </label>
    </div>
  );
}
