import { type StageId, stageProgress } from '@/lib/prep/stages';

interface StageTrackerProps {
  current: StageId;
  onChange: (stage: StageId) => void;
}

const stateWords = { done: 'done', current: 'you are here', upcoming: 'next' } as const;

/** Where the candidate is in the hiring process, with the typical timing of each stage. */
export function StageTracker({ current, onChange }: StageTrackerProps) {
  return (
    <ol className="stage-tracker" aria-label="Hiring process stages">
      {stageProgress(current).map((s) => (
        <li
          key={s.id}
          className={`stage stage-${s.state}`}
          aria-current={s.state === 'current' ? 'step' : undefined}
        >
          <button type="button" aria-pressed={s.state === 'current'} onClick={() => onChange(s.id)}>
            {s.name}
          </button>{' '}
          <span className="muted">({stateWords[s.state]})</span>
          <p className="muted">
            {s.length}. {s.next}
          </p>
        </li>
      ))}
    </ol>
  );
}
