import { principles } from '@/lib/principles/catalogue';
import type { PracticeAttempt } from '@/lib/practice/attempt-schema';
import { spoken } from '@/lib/text/speaking';
import { AttemptChart } from './attempt-chart';

interface ProgressViewProps {
  /** Every kept attempt, oldest first. */
  attempts: readonly PracticeAttempt[];
}

/** How many recent attempts each principle's chart shows. */
const recent = 8;

/** Per principle, how the last attempts went; and which principles were never practised. */
export function ProgressView({ attempts }: ProgressViewProps) {
  const practised = principles.filter((p) => attempts.some((a) => a.principleId === p.id));
  const never = principles.filter((p) => !practised.includes(p));
  return (
    <div className="progress-view">
      <h2>Progress</h2>
      {practised.length === 0 && (
        <p>No practice answers yet: answer a marathon question to start.</p>
      )}
      {practised.length > 0 && (
        <>
          <p className="muted">
            Lines: length against {spoken.max}, and your “I” share. Dots: filled when you told a
            result.
          </p>
          <ul className="progress-list">
            {practised.map((p) => {
              const mine = attempts.filter((a) => a.principleId === p.id).slice(-recent);
              const last = mine.at(-1)!;
              return (
                <li key={p.id}>
                  <strong>{p.name}</strong>{' '}
                  <span className="muted">
                    {mine.length} {mine.length === 1 ? 'attempt' : 'attempts'}, last{' '}
                    {new Date(last.createdAt).toLocaleDateString()}
                  </span>
                  <AttemptChart attempts={mine} principleName={p.name} />
                </li>
              );
            })}
          </ul>
        </>
      )}
      {never.length > 0 && (
        <>
          <h3>Never practised</h3>
          <p>{never.map((p) => p.name).join(', ')}</p>
        </>
      )}
    </div>
  );
}
