interface LoadingStateProps {
  label: string;
}

/** A polite, announced loading line, e.g. "Reading the posting…". */
export function LoadingState({ label }: LoadingStateProps) {
  return (
    <p className="muted loading-state" role="status" aria-live="polite">
      {label}
    </p>
  );
}
