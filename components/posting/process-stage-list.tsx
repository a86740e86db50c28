import type { ProcessStage } from '@/lib/process/schema';

interface ProcessStageListProps {
  stages: readonly ProcessStage[];
  /** Names the list for screen readers, e.g. "Loop rounds". */
  label: string;
}

/** Stages in order, each with its name, duration and what it scores. */
export function ProcessStageList({ stages, label }: ProcessStageListProps) {
  return (
    <ol className="stages" aria-label={label}>
      {stages.map((stage, i) => (
        <li key={`${i}-${stage.name}`} className={`stage stage-${stage.kind}`}>
          <span className="stage-name">{stage.name}</span>{' '}
          <span className="muted">({stage.duration})</span>
          <p className="stage-what">{stage.what}</p>
        </li>
      ))}
    </ol>
  );
}
