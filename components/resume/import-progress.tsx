import type { ImportProgress as Progress } from '@/components/resume/use-resume-import';

interface ImportProgressProps {
  progress: Progress;
  onCancel: () => void;
}

/** "Reading cv.pdf: page 3 of 20…" and a Cancel, for an import that has run for a second. */
export function ImportProgress({ progress, onCancel }: ImportProgressProps) {
  const where =
    progress.page !== undefined && progress.pages !== undefined
      ? `: page ${progress.page} of ${progress.pages}`
      : '';
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <span className="muted">
        Reading {progress.fileName}
        {where}…
      </span>{' '}
      <button type="button" onClick={onCancel}>
        Cancel import
      </button>
    </div>
  );
}
