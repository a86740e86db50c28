import type { KeywordCoverage as Coverage, KeywordTerm } from '@/lib/resume/keywords';

interface KeywordCoverageProps {
  coverage: Coverage;
  postingTitle: string;
}

function TermList({ label, terms }: { label: string; terms: KeywordTerm[] }) {
  if (terms.length === 0) return null;
  return (
    <p>
      <span className="muted">{label}: </span>
      {terms.map((t) => (
        <span key={t.term} className={`chip ${t.matched ? 'term-matched' : 'term-missed'}`}>
          {t.term}
        </span>
      ))}
    </p>
  );
}

/** Which skills of the posting's qualifications the resume names, basic ones first. */
export function KeywordCoverage({ coverage, postingTitle }: KeywordCoverageProps) {
  const basic = coverage.terms.filter((t) => t.basic);
  const preferred = coverage.terms.filter((t) => !t.basic);
  if (coverage.terms.length === 0) {
    return (
      <p className="muted">No skills or terms found in the qualifications of {postingTitle}.</p>
    );
  }
  return (
    <div className="keyword-coverage">
      <p>
        Against <q>{postingTitle}</q>: basic {coverage.basic.matched}/{coverage.basic.total},
        preferred {coverage.preferred.matched}/{coverage.preferred.total}.
      </p>
      <TermList label="Basic, missing" terms={basic.filter((t) => !t.matched)} />
      <TermList label="Basic, found" terms={basic.filter((t) => t.matched)} />
      <TermList label="Preferred, missing" terms={preferred.filter((t) => !t.matched)} />
      <TermList label="Preferred, found" terms={preferred.filter((t) => t.matched)} />
    </div>
  );
}
