import type { Role } from '@/lib/analysis/schema';

interface RoleSummaryProps {
  role: Role;
}

/** The inferred role family and the posting words that decided it. */
export function RoleSummary({ role }: RoleSummaryProps) {
  return (
    <div className="role-summary">
      <p className="role-label">{role.label}</p>
      {role.family === 'other' && role.evidence[0] && <p className="muted">{role.evidence[0]}</p>}
      {role.family !== 'other' && role.evidence.length > 0 && (
        <p className="evidence">
          <span className="muted">Evidence: </span>
          {role.evidence.map((word, i) => (
            // Plain chips, not <q>: the inference already quotes what it cites.
            <span key={`${i}-${word}`} className="chip">
              {word}
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
