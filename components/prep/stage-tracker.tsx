import { type StageId, stageProgress } from '@/lib/process/hiring-stages';
import type { InterviewProcess } from '@/lib/process/schema';

interface StageTrackerProps {
  current: StageId;
  /** The posting's process: each stage reads as in the popup's process view. */
  process?: InterviewProcess | null;
  onChange: (stage: StageId) => void;
}

const stateWords = { done: 'done', current: 'you are here', upcoming: 'later' } as const;

/** Where the candidate is in the hiring process, with the typical timing of each stage. */
export function StageTracker({ current, process = null, onChange }: StageTrackerProps) {
  const stages = stageProgress(current, process);
  // Only the first stage after the current one is next; the rest come later.
  const nextId = stages.find((s) => s.state === 'upcoming')?.id;
  return (
    <ol className="stage-tracker" aria-label="Hiring process stages">
      {stages.map((s) => (
        <li
          key={s.id}
          className={`stage stage-${s.state}`}
          aria-current={s.state === 'current' ? 'step' : undefined}
        >
          <button type="button" aria-pressed={s.state === 'current'} onClick={() => onChange(s.id)}>
            {s.name}
          </button>{' '}
          <span className="muted">({s.id === nextId ? 'next' : stateWords[s.state]})</span>
          <p className="muted">
            {[s.length && `${s.length}.`, s.what, s.next].filter(Boolean).join(' ')}
          </p>
        </li>
      ))}
    </ol>
  );
}
