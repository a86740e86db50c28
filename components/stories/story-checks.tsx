import type { PrincipleId } from '@/lib/principles/ids';
import type { StoryChecks } from '@/lib/stories/checks';
import { formatSeconds, targetSeconds } from '@/lib/text/speaking';

interface StoryChecksPanelProps {
  checks: StoryChecks;
  /** False once the story has 3 principles: suggestions can no longer be added. */
  canAddLp: boolean;
  onAddLp: (id: PrincipleId) => void;
}

/** The checks on the story being written: speaking time, findings, and suggested principles. */
export function StoryChecksPanel({ checks, canAddLp, onAddLp }: StoryChecksPanelProps) {
  const suggested = checks.evidence.filter((e) => checks.suggested.includes(e.id));
  return (
    <div className="story-checks" aria-live="polite">
      <p>
        Speaking time: about {formatSeconds(checks.seconds)} ({checks.words} words; aim{' '}
        {formatSeconds(targetSeconds)}).
      </p>
      {checks.findings.length === 0 ? (
        <p className="check-ok">Every check passes.</p>
      ) : (
        <ul className="check-list" aria-label="Checks">
          {checks.findings.map((f) => (
            <li key={`${f.id}-${f.part ?? ''}`}>{f.message}</li>
          ))}
        </ul>
      )}
      {checks.metric && <p className="muted">Measured outcome: “{checks.metric}”.</p>}
      {suggested.length > 0 && (
        <div>
          <p>Your text also shows:</p>
          <ul className="check-list" aria-label="Suggested principles">
            {suggested.map((e) => (
              <li key={e.id}>
                {e.name}
                {e.evidence[0] ? ` (“${e.evidence[0]}”)` : ''}{' '}
                <button type="button" disabled={!canAddLp} onClick={() => onAddLp(e.id)}>
                  Tag {e.name}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
