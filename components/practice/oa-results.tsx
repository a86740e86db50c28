import type { OaSession } from '@/lib/practice/oa/schema';
import { readWorkStyle } from '@/lib/practice/oa/work-style';
import { rankFeedback, scenarioById } from '@/lib/practice/oa/work-simulation';

const pct = (share: number) => `${Math.round(share * 100)}%`;

function WorkStyleResults({ session }: { session: OaSession }) {
  const reading = readWorkStyle(session.choices, session.postingTop, session.itemIds.length);
  const leaning = reading.leans.filter((l) => l.offered >= 2);
  return (
    <>
      <p>
        {reading.answered} of {reading.total} choices made. Every statement is a good one: these
        figures say what your choices signal, not whether they were right.
      </p>
      <h4>Where your choices lean</h4>
      <table className="oa-leans">
        <thead>
          <tr>
            <th scope="col">Principle</th>
            <th scope="col">Chosen when offered</th>
          </tr>
        </thead>
        <tbody>
          {leaning.map((l) => (
            <tr key={l.id}>
              <td>{l.name}</td>
              <td>
                {l.chosen} of {l.offered} ({pct(l.share)})
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>Inconsistent choices</h4>
      {reading.splits.length === 0 ? (
        <p>None: each tension was chosen the same way every time it came up.</p>
      ) : (
        <ul>
          {reading.splits.map((s) => (
            <li key={s.trait.id}>
              On {s.trait.label}, you chose “{s.choices[0]!.text}” and also “{s.choices[1]!.text}”.
              The assessment reads such pairs together: decide which one is you.
            </li>
          ))}
        </ul>
      )}
      <h4>The posting&apos;s principles your choices played down</h4>
      {session.postingTop.length === 0 ? (
        <p className="muted">Open a posting to compare your choices with what it asks for.</p>
      ) : reading.playedDown.length === 0 ? (
        <p>None: you chose each of this posting&apos;s top principles at least half the time.</p>
      ) : (
        <ul>
          {reading.playedDown.map((p) => (
            <li key={p.id}>
              {p.name}: chosen {pct(p.share)} of the times it was offered.
              {p.passedOver && <> You passed over “{p.passedOver}”.</>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function SimulationResults({ session }: { session: OaSession }) {
  const ranked = session.itemIds.flatMap((id) => {
    const scenario = scenarioById(id);
    const order = session.rankings[id];
    return scenario && order?.length === 4 ? [{ scenario, f: rankFeedback(scenario, order) }] : [];
  });
  return (
    <>
      <p>
        {ranked.length} of {session.itemIds.length} scenarios ranked. The order below is our reading
        of the Leadership Principles, not Amazon&apos;s answer key.
      </p>
      {ranked.map(({ scenario, f }) => (
        <section key={scenario.id} aria-labelledby={`result-${scenario.id}`}>
          <h4 id={`result-${scenario.id}`}>
            {scenario.title}: {pct(f.agreement)} agreement with our reading
          </h4>
          <ul>
            {[...f.responses]
              .sort((a, b) => a.userPlace - b.userPlace)
              .map((r) => (
                <li key={r.id}>
                  Your {r.userPlace}, our {r.ourPlace}: “{r.text}” {r.note}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}

/** The reading of a finished (or timed-out) OA set. */
export function OaResults({ session }: { session: OaSession }) {
  return (
    <div className="oa-results">
      <h3>{session.kind === 'work-style' ? 'Work Style results' : 'Work Simulation results'}</h3>
      {session.kind === 'work-style' ? (
        <WorkStyleResults session={session} />
      ) : (
        <SimulationResults session={session} />
      )}
    </div>
  );
}
