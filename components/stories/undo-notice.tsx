interface UndoNoticeProps {
  message: string;
  onUndo: () => void;
  onDismiss: () => void;
}

/** "Deleted …" with an Undo button, announced politely. */
export function UndoNotice({ message, onUndo, onDismiss }: UndoNoticeProps) {
  return (
    <div className="notice notice-partial" role="status">
      {message}{' '}
      <button type="button" onClick={onUndo}>
        Undo
      </button>{' '}
      <button type="button" onClick={onDismiss} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
