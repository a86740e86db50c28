import { useEffect, useState } from 'react';
import { readTimer } from '@/lib/practice/timer';
import { maxSeconds, spoken, targetSeconds } from '@/lib/text/speaking';

interface AnswerTimerProps {
  /** Milliseconds now; tests pass a fake clock. */
  clock?: () => number;
}

const tickMs = 250;

/** A stopwatch for one answer, marking 75 seconds (land the result) and 2 minutes (stop). */
export function AnswerTimer({ clock = Date.now }: AnswerTimerProps) {
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    if (startedAt === null) return;
    const id = setInterval(() => setElapsed(clock() - startedAt), tickMs);
    return () => clearInterval(id);
  }, [startedAt, clock]);
  const reading = readTimer(elapsed);
  const running = startedAt !== null;
  return (
    <div className={`answer-timer phase-${reading.phase}`}>
      <p>
        <span role="timer" aria-label="Answer time" className="timer-clock">
          {reading.clock}
        </span>{' '}
        <span className="timer-marks">
          {[targetSeconds, maxSeconds].map((m) => (
            <span key={m} className={reading.marks.includes(m) ? 'mark passed' : 'mark'}>
              {m === targetSeconds ? spoken.target : spoken.maxShort}
              {reading.marks.includes(m) ? ' ✓' : ''}
            </span>
          ))}
        </span>
      </p>
      <p aria-live="polite" className="muted">
        {running || elapsed > 0 ? reading.message : 'Start the timer when you start talking.'}
      </p>
      {running ? (
        <button type="button" onClick={() => setStartedAt(null)}>
          Stop timer
        </button>
      ) : (
        <button
          type="button"
          onClick={() => {
            setElapsed(0);
            setStartedAt(clock());
          }}
        >
          {elapsed > 0 ? 'Restart timer' : 'Start timer'}
        </button>
      )}
    </div>
  );
}
