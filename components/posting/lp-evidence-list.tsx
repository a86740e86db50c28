import type { LikelyPrinciple } from '@/lib/analysis/schema';

interface LpEvidenceListProps {
  lps: readonly LikelyPrinciple[];
}

/**
 * Evidence quotes are cut to a few words around the signal; mark the cut so a clipped sentence
 * does not read as the posting's own ending ("…small team that owns the…").
 */
function asExcerpt(phrase: string): string {
  const head = /^[a-z]/.test(phrase) ? '…' : '';
  const tail = /[.!?)"”]$/.test(phrase) ? '' : '…';
  return `${head}${phrase}${tail}`;
}

/** The likely Leadership Principles, most likely first, each with the posting phrases behind it. */
export function LpEvidenceList({ lps }: LpEvidenceListProps) {
  if (lps.length === 0) {
    return <p className="muted">No Leadership Principles stood out in this posting.</p>;
  }
  return (
    <ol className="lp-list">
      {lps.map((lp) => (
        <li key={lp.id}>
          <span className="lp-name">{lp.name}</span>
          {lp.isDefault ? (
            <span className="chip default-label">role/level default</span>
          ) : (
            <ul className="lp-evidence" aria-label={`Evidence for ${lp.name}`}>
              {lp.evidence.map((phrase, i) => (
                <li key={`${i}-${phrase}`}>
                  <q>{asExcerpt(phrase)}</q>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
