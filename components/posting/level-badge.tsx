import { levelCertainty } from '@/lib/analysis/level-certainty';
import type { Level } from '@/lib/analysis/schema';

interface LevelBadgeProps {
  level: Level;
}

/**
 * The inferred level as a badge ("SDE II, L5"), how sure it is ("L5, likely; L4 possible") and each
 * reason the band was chosen.
 */
export function LevelBadge({ level }: LevelBadgeProps) {
  const certainty = levelCertainty(level);
  return (
    <div className="level">
      <p>
        <span className={level.band === 'unknown' ? 'badge badge-unknown' : 'badge'}>
          {level.label}
        </span>
        {certainty && <span className="level-certainty"> {certainty}</span>}
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
