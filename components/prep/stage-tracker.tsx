import { type StageId, stageProgress } from '@/lib/process/hiring-stages';
import type { InterviewProcess } from '@/lib/process/schema';

interface StageTrackerProps {
  current: StageId;
  /** The posting's process: each stage reads as in the popup's process view. */
  process?: InterviewProcess | null;
  onChange: (stage: StageId) => void;
}

const stateWords = { done: 'done', current: 'you are here', upcoming: 'next' } as const;

/** Where the candidate is in the hiring process, with the typical timing of each stage. */
export function StageTracker({ current, process = null, onChange }: StageTrackerProps) {
  return (
    <ol className="stage-tracker" aria-label="Hiring process stages">
      {stageProgress(current, process).map((s) => (
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
            {[s.length && `${s.length}.`, s.what, s.next].filter(Boolean).join(' ')}
          </p>
        </li>
      ))}
    </ol>
  );
}
