import type { RecorderStatus } from '@/components/practice/use-recorder';

interface RecorderControlsProps {
  status: RecorderStatus;
  url: string | null;
  kept: boolean;
  onStart: () => void;
  onStop: () => void;
  onKeepChange: (keep: boolean) => void;
}

/** Record / stop / play back one answer, and the "keep" choice (off: the take stays in memory only). */
export function RecorderControls({
  status,
  url,
  kept,
  onStart,
  onStop,
  onKeepChange,
}: RecorderControlsProps) {
  if (status === 'unsupported') {
    return (
      <p className="muted">Recording is not available in this browser; the timer still works.</p>
    );
  }
  return (
    <div className="recorder">
      {status === 'recording' ? (
        <button type="button" onClick={onStop}>
          Stop recording
        </button>
      ) : (
        <button type="button" onClick={onStart}>
          {url ? 'Record again' : 'Record your answer'}
        </button>
      )}
      {status === 'recording' && (
        <span role="status" className="muted">
          Recording (audio only, never uploaded)…
        </span>
      )}
      {status === 'denied' && (
        <p role="alert">Microphone access was refused. Allow it for LoopReady to record.</p>
      )}
      {url && (
        <>
          <audio controls src={url} aria-label="Your recorded answer" />
          <label>
            <input
              type="checkbox"
              checked={kept}
              onChange={(e) => onKeepChange(e.target.checked)}
            />
            Keep this recording on this computer
          </label>
          <p className="muted">
            {kept ? 'Kept in this browser only.' : 'Not saved: it is gone when you move on.'}
          </p>
        </>
      )}
    </div>
  );
}
