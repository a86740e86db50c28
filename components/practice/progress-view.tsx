import { principles } from '@/lib/principles/catalogue';
import type { PracticeAttempt } from '@/lib/practice/attempt-schema';
import { AttemptChart } from './attempt-chart';

interface ProgressViewProps {
  /** Every kept attempt, oldest first. */
  attempts: readonly PracticeAttempt[];
}

/** How many recent attempts each principle's chart shows. */
const recent = 8;

/** Per principle, how the last attempts went; and which principles were never practised. */
export function ProgressView({ attempts }: ProgressViewProps) {
  // A reply to a follow-up belongs to the attempt it answers; it is not an attempt of its own.
  const answers = attempts.filter((a) => a.followUpOf === '');
  const replies = (ids: ReadonlySet<string>) =>
    attempts.filter((a) => ids.has(a.followUpOf)).length;
  const practised = principles.filter((p) => answers.some((a) => a.principleId === p.id));
  const never = principles.filter((p) => !practised.includes(p));
  return (
    <div className="progress-view">
      <h2>Progress</h2>
      {practised.length === 0 && (
        <p>No practice answers yet: answer a marathon question to start.</p>
      )}
      {practised.length > 0 && (
        <>
          <ul className="progress-list">
            {practised.map((p) => {
              const mine = answers.filter((a) => a.principleId === p.id).slice(-recent);
              const last = mine.at(-1)!;
              const replied = replies(
                new Set(answers.filter((a) => a.principleId === p.id).map((a) => a.id)),
              );
              return (
                <li key={p.id}>
                  <strong>{p.name}</strong>{' '}
                  <span className="muted">
                    {mine.length} {mine.length === 1 ? 'attempt' : 'attempts'}
                    {replied > 0 &&
                      `, ${replied} ${replied === 1 ? 'follow-up' : 'follow-ups'} answered`}
                    , last {new Date(last.createdAt).toLocaleDateString()}
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
          <ul className="never-practised">
            {never.map((p) => (
              <li key={p.id}>{p.name}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
