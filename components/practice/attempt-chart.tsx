import type { PracticeAttempt } from '@/lib/practice/attempt-schema';

interface AttemptChartProps {
  /** Oldest first. */
  attempts: readonly PracticeAttempt[];
  principleName: string;
}

const width = 160;
const height = 48;
const pad = 4;

/**
 * A small inline chart of the last attempts for one principle: length against 2 minutes (line),
 * "I" share (line) and whether a result was told (filled dot yes, ring no). No chart library:
 * a few SVG elements, with a text summary for screen readers.
 */
export function AttemptChart({ attempts, principleName }: AttemptChartProps) {
  const step = attempts.length > 1 ? (width - 2 * pad) / (attempts.length - 1) : 0;
  const x = (i: number) => pad + i * step;
  const y = (v: number) => pad + (1 - Math.min(1, Math.max(0, v))) * (height - 2 * pad - 8);
  const line = (value: (a: PracticeAttempt) => number) =>
    attempts.map((a, i) => `${x(i)},${y(value(a))}`).join(' ');
  const last = attempts.at(-1);
  const summary = last
    ? `${principleName}: ${attempts.length} attempts; last ${last.figures.seconds} s, “I” ${last.figures.iShare === null ? 'not used' : `${Math.round(last.figures.iShare * 100)}%`}, ${last.figures.resultPresent ? 'result told' : 'no result'}`
    : `${principleName}: no attempts`;
  return (
    <svg
      className="attempt-chart"
      role="img"
      aria-label={summary}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
    >
      <polyline
        className="series-length"
        fill="none"
        points={line((a) => a.figures.seconds / 120)}
      />
      <polyline className="series-i" fill="none" points={line((a) => a.figures.iShare ?? 0)} />
      {attempts.map((a, i) => (
        <circle
          key={a.id}
          className={a.figures.resultPresent ? 'result-yes' : 'result-no'}
          cx={x(i)}
          cy={height - 4}
          r={3}
        />
      ))}
    </svg>
  );
}
