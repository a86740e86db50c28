import type { Posting } from '@/lib/posting/schema';

interface PostingSummaryProps {
  posting: Posting;
}

/** The posting's title and facts (job id, locations, category, team); empty facts are left out. */
export function PostingSummary({ posting }: PostingSummaryProps) {
  const facts = [
    { term: 'Job ID', value: posting.jobId },
    {
      term: posting.locations.length > 1 ? 'Locations' : 'Location',
      value: posting.locations.join('; '),
    },
    { term: 'Category', value: posting.category },
    { term: 'Team', value: posting.team },
  ].filter((f) => f.value !== '');
  return (
    <header className="posting-summary">
      <h1>{posting.title || 'Untitled posting'}</h1>
      {facts.length > 0 && (
        <dl className="facts">
          {facts.map((f) => (
            <div key={f.term}>
              <dt>{f.term}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </header>
  );
}
