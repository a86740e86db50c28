import type { OpenerCheck } from '@/lib/opener/opener-checks';
import { spoken } from '@/lib/text/speaking';

interface OpenerChecksProps {
  checks: readonly OpenerCheck[];
}

const labels = { error: 'Fix', warning: 'Check', info: 'Note' } as const;

/** The opener's checks, errors first, each with a word saying how much it matters. */
export function OpenerChecks({ checks }: OpenerChecksProps) {
  if (checks.length === 0)
    return <p className="ok">Ready for the call: specific, and under {spoken.max}.</p>;
  const order = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...checks].sort((a, b) => order[a.severity] - order[b.severity]);
  return (
    <ul className="opener-checks" aria-label="Opener checks">
      {sorted.map((c) => (
        <li key={c.id} className={`check check-${c.severity}`}>
          <strong>{labels[c.severity]}:</strong> {c.message}
        </li>
      ))}
    </ul>
  );
}
