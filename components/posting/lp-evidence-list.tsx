import type { LikelyPrinciple } from '@/lib/analysis/schema';

interface LpEvidenceListProps {
  lps: readonly LikelyPrinciple[];
}

/** How many principles show before "More": enough to prepare, few enough to read at a glance. */
export const shownPrinciples = 5;

/** Quotes shown under a principle before "More": the two most specific, the rest one click away. */
export const shownQuotes = 2;

/**
 * One quote as the analysis gave it: the analysis marks its own cuts with "…" (only where it cut
 * inside a sentence) and keeps the posting's punctuation, so nothing is added here.
 */
function Quotes({ phrases }: { phrases: readonly string[] }) {
  return phrases.map((phrase, i) => (
    <li key={`${i}-${phrase}`}>
      <q>{phrase}</q>
    </li>
  ));
}

function PrincipleItem({ lp }: { lp: LikelyPrinciple }) {
  const shown = lp.evidence.slice(0, shownQuotes);
  const rest = lp.evidence.slice(shownQuotes);
  return (
    <li>
      <span className="lp-name">{lp.name}</span>
      {lp.isDefault ? (
        <span className="chip default-label">role/level default</span>
      ) : (
        <>
          <ul className="lp-evidence" aria-label={`Evidence for ${lp.name}`}>
            <Quotes phrases={shown} />
          </ul>
          {rest.length > 0 && (
            <details className="lp-evidence-more">
              <summary aria-label={`More evidence for ${lp.name} (${rest.length})`}>
                More ({rest.length})
              </summary>
              <ul className="lp-evidence" aria-label={`More evidence for ${lp.name}`}>
                <Quotes phrases={rest} />
              </ul>
            </details>
          )}
        </>
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
