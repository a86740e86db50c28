import type { KeywordCoverage as Coverage, KeywordTerm } from '@/lib/resume/keywords';

interface KeywordCoverageProps {
  coverage: Coverage;
  postingTitle: string;
}

function MissingTerms({ label, terms }: { label: string; terms: KeywordTerm[] }) {
  if (terms.length === 0) return null;
  return (
    <p>
      <span className="muted">{label}: </span>
      {terms.map((t) => (
        <span key={t.term} className="chip term-missed">
          {t.term}
        </span>
      ))}
    </p>
  );
}

/** Found terms, each with the resume line that names it. */
function FoundTerms({ label, terms }: { label: string; terms: KeywordTerm[] }) {
  if (terms.length === 0) return null;
  return (
    <div>
      <span className="muted">{label}:</span>
      <ul className="found-terms" aria-label={label}>
        {terms.map((t) => (
          <li key={t.term}>
            <span className="chip term-matched">{t.term}</span> <span className="muted">in</span>{' '}
            <q>{t.where[0]}</q>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "your resume names 3 of the 12 skills and terms in the basic qualifications, and 4 of 36 ..." */
export function countSentence({ basic, preferred }: Coverage): string {
  const part = (c: Coverage['basic'], group: string) =>
    `${c.matched} of the ${c.total} ${c.total === 1 ? 'skill or term' : 'skills and terms'} in the ${group} qualifications`;
  if (basic.total === 0) return `your resume names ${part(preferred, 'preferred')}.`;
  if (preferred.total === 0) return `your resume names ${part(basic, 'basic')}.`;
  return `your resume names ${part(basic, 'basic')}, and ${part(preferred, 'preferred')}.`;
}

/** Which terms of the posting's qualifications the resume names (and where), basic ones first. */
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
        Against <q>{postingTitle}</q>: {countSentence(coverage)}
      </p>
      <MissingTerms label="Basic, missing" terms={basic.filter((t) => !t.matched)} />
      <FoundTerms label="Basic, found" terms={basic.filter((t) => t.matched)} />
      <MissingTerms label="Preferred, missing" terms={preferred.filter((t) => !t.matched)} />
      <FoundTerms label="Preferred, found" terms={preferred.filter((t) => t.matched)} />
    </div>
  );
}
