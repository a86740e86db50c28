import type { Level } from '@/lib/analysis/schema';

interface LevelBadgeProps {
  level: Level;
}

/** The inferred level as a badge ("SDE II, L5") with each reason the band was chosen. */
export function LevelBadge({ level }: LevelBadgeProps) {
  return (
    <div className="level">
      <p>
        <span className={level.band === 'unknown' ? 'badge badge-unknown' : 'badge'}>
          {level.label}
        </span>
      </p>
      {level.rationale.length > 0 && (
        <ul className="rationale" aria-label="Why this level">
          {level.rationale.map((reason, i) => (
            <li key={`${i}-${reason}`}>{reason}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
