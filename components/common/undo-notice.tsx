interface UndoNoticeProps {
  message: string;
  onUndo: () => void;
  onDismiss: () => void;
  /** What dismissing means, for screen readers (the button shows ×). */
  dismissLabel?: string;
}

/** "Deleted …" with an Undo button, announced politely. */
export function UndoNotice({
  message,
  onUndo,
  onDismiss,
  dismissLabel = 'Dismiss',
}: UndoNoticeProps) {
  return (
    <div className="notice notice-partial" role="status">
      {message}{' '}
      <button type="button" onClick={onUndo}>
        Undo
      </button>{' '}
      <button type="button" onClick={onDismiss} aria-label={dismissLabel}>
        ×
      </button>
    </div>
  );
}
