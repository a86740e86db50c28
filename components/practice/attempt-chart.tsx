import { maxSeconds, spoken } from '@/lib/text/speaking';
import type { PracticeAttempt } from '@/lib/practice/attempt-schema';

interface AttemptChartProps {
  /** Oldest first. */
  attempts: readonly PracticeAttempt[];
  principleName: string;
}

const width = 240;
const height = 92;
/** Room for the y-axis labels on the left and the x-axis label under the plot. */
const left = 34;
const right = 6;
const top = 6;
const plotHeight = 52;
const dotsY = top + plotHeight + 10;

/**
 * A small chart of the last attempts for one principle, oldest on the left: answer length as a
 * share of 2 minutes (solid line), the "I" share of "I" + "we" (dashed line) and whether a result
 * was told (filled dot yes, ring no). Both lines share one axis, 0 to 100%, labelled; a key under
 * the chart names each mark. No chart library: a few SVG elements, with a text summary for
 * screen readers.
 */
export function AttemptChart({ attempts, principleName }: AttemptChartProps) {
  const plotWidth = width - left - right;
  const step = attempts.length > 1 ? plotWidth / (attempts.length - 1) : 0;
  const x = (i: number) => left + (attempts.length > 1 ? i * step : plotWidth / 2);
  const y = (v: number) => top + (1 - Math.min(1, Math.max(0, v))) * plotHeight;
  const line = (value: (a: PracticeAttempt) => number) =>
    attempts.map((a, i) => `${x(i)},${y(value(a))}`).join(' ');
  const last = attempts.at(-1);
  const summary = last
    ? `${principleName}: ${attempts.length} ${attempts.length === 1 ? 'attempt' : 'attempts'}; last ${last.figures.seconds} s, “I” ${last.figures.iShare === null ? 'not used' : `${Math.round(last.figures.iShare * 100)}%`}, ${last.figures.resultPresent ? 'result told' : 'no result'}`
    : `${principleName}: no attempts`;
  return (
    <figure className="attempt-chart-figure">
      <svg
        className="attempt-chart"
        role="img"
        aria-label={summary}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
      >
        <g className="axis" aria-hidden="true">
          <line x1={left} y1={top} x2={left} y2={top + plotHeight} />
          <line x1={left} y1={top + plotHeight} x2={width - right} y2={top + plotHeight} />
          <text x={left - 4} y={top + 4} textAnchor="end">
            100%
          </text>
          <text x={left - 4} y={top + plotHeight} textAnchor="end">
            0
          </text>
          <text x={left} y={height - 2}>
            oldest
          </text>
          <text x={width - right} y={height - 2} textAnchor="end">
            latest
          </text>
        </g>
        <polyline
          className="series-length"
          fill="none"
          points={line((a) => a.figures.seconds / maxSeconds)}
        />
        <polyline className="series-i" fill="none" points={line((a) => a.figures.iShare ?? 0)} />
        {attempts.map((a, i) => (
          <circle
            key={a.id}
            className={a.figures.resultPresent ? 'result-yes' : 'result-no'}
            cx={x(i)}
            cy={dotsY}
            r={3}
          />
        ))}
      </svg>
      <figcaption className="chart-key">
        <span className="key-length">Length, as a share of {spoken.max}</span>
        <span className="key-i">“I” share of “I” and “we”</span>
        <span className="key-result">Dot: result told (filled) or not (ring)</span>
      </figcaption>
    </figure>
  );
}
