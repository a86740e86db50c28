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

/** How many principles show before "More": enough to prepare, few enough to read at a glance. */
export const shownPrinciples = 5;

function PrincipleItem({ lp }: { lp: LikelyPrinciple }) {
  return (
    <li>
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
  );
}

/**
 * The likely Leadership Principles, most likely first, each with the posting phrases behind it.
 * The first five show; the rest wait behind a "More" disclosure, still in rank order.
 */
export function LpEvidenceList({ lps }: LpEvidenceListProps) {
  if (lps.length === 0) {
    return <p className="muted">No Leadership Principles stood out in this posting.</p>;
  }
  const top = lps.slice(0, shownPrinciples);
  const rest = lps.slice(shownPrinciples);
  return (
    <>
      <ol className="lp-list">
        {top.map((lp) => (
          <PrincipleItem key={lp.id} lp={lp} />
        ))}
      </ol>
      {rest.length > 0 && (
        <details className="lp-more">
          <summary>More ({rest.length})</summary>
          <ol className="lp-list" start={shownPrinciples + 1}>
            {rest.map((lp) => (
              <PrincipleItem key={lp.id} lp={lp} />
            ))}
          </ol>
        </details>
      )}
    </>
  );
}
