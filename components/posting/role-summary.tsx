import type { Role } from '@/lib/posting/schema';

interface RoleSummaryProps {
  role: Role;
}

/** The inferred role family and the posting words that decided it. */
export function RoleSummary({ role }: RoleSummaryProps) {
  return (
    <div className="role-summary">
      <p className="role-label">{role.label}</p>
      {role.evidence.length > 0 && (
        <p className="evidence">
          <span className="muted">Because the posting says: </span>
          {role.evidence.map((word, i) => (
            <q key={`${i}-${word}`} className="chip">
              {word}
            </q>
          ))}
        </p>
      )}
    </div>
  );
}
