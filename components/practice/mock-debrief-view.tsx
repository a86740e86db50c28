import type { MockLoop, Vote } from '@/lib/practice/mock-loop/schema';

const voteWords = (v: Vote) => (v === 'inclined' ? 'Inclined' : 'Not Inclined');

interface MockDebriefViewProps {
  loop: MockLoop;
  onDownload: () => void;
}

/** The debrief of a finished mock loop: votes with quoted evidence, the Bar Raiser, what to practise. */
export function MockDebriefView({ loop, onDownload }: MockDebriefViewProps) {
  const d = loop.debrief;
  if (!d) return null;
  return (
    <section className="mock-debrief" aria-labelledby="debrief-heading">
      <h3 id="debrief-heading">Debrief</h3>
      <p className="notice">{d.label}</p>
      {d.rounds.map((r) => (
        <section key={r.name} aria-label={`${r.name} debrief`}>
          <h4>
            {r.name} ({r.interviewer}): {voteWords(r.vote)}
          </h4>
          <ul>
            {r.votes.map((v) => (
              <li key={v.principleId}>
                <strong>
                  {v.name}: {voteWords(v.vote)}
                </strong>
                {v.evidence.length > 0 && (
                  <ul>
                    {v.evidence.map((e) => (
                      <li key={e}>From your answer: “{e}”</li>
                    ))}
                  </ul>
                )}
                {v.missing.length > 0 && (
                  <ul>
                    {v.missing.map((m) => (
                      <li key={m}>Missing: {m}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          {r.repeat && <p className="notice">{r.repeat}</p>}
        </section>
      ))}
      {d.barRaiser && (
        <p>
          <strong>
            Bar Raiser: {voteWords(d.barRaiser.vote)}
            {d.barRaiser.veto ? ', would veto' : ''}.
          </strong>{' '}
          {d.barRaiser.reason}
        </p>
      )}
      {d.practiseNext.length > 0 && (
        <>
          <h4>Practise next (added to your prep plan)</h4>
          <ol>
            {d.practiseNext.map((p) => (
              <li key={p.text}>{p.text}</li>
            ))}
          </ol>
        </>
      )}
      <button type="button" onClick={onDownload}>
        Download Markdown
      </button>
    </section>
  );
}
