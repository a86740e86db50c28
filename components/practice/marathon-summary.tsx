import type { SummaryRow } from '@/lib/practice/marathon';

interface MarathonSummaryProps {
  rows: readonly SummaryRow[];
  onRestart: () => void;
}

/** The end of a marathon: which story answered which question, and tags to reconsider. */
export function MarathonSummary({ rows, onRestart }: MarathonSummaryProps) {
  const distinct = new Set(rows.map((r) => r.story?.id).filter(Boolean)).size;
  return (
    <div className="marathon-summary">
      <h3>Marathon done</h3>
      <p role="status">
        {distinct} different {distinct === 1 ? 'story' : 'stories'} for {rows.length} questions: no
        repeats.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Question</th>
            <th scope="col">Story</th>
            <th scope="col">Tagged for it?</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.question.id}>
              <td>
                {i + 1}. {r.question.principleName}: {r.question.text}
              </td>
              <td>{r.story?.title ?? 'None'}</td>
              <td>
                {r.tagged
                  ? 'Yes'
                  : `No: say how it shows ${r.question.principleName}, or tag it in Stories`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onRestart}>
        Start a new marathon
      </button>
    </div>
  );
}
