import { useEffect, useState } from 'react';
import { roleFamilies, type RoleFamily } from '@/lib/families/ids';
import { familyEntry } from '@/lib/families/registry';
import type { PrincipleId } from '@/lib/principles/ids';
import type { OaKind, OaSession } from '@/lib/practice/oa/schema';
import {
  answeredCount,
  chooseStatement,
  finishOa,
  isTimeUp,
  nextItemId,
  oaClock,
  pauseOa,
  rankResponses,
  resumeOa,
  secondsPerChoice,
  secondsPerScenario,
  startOa,
} from '@/lib/practice/oa/session';
import { workStyleItem } from '@/lib/practice/oa/work-style';
import { workStyleItems } from '@/lib/practice/oa/work-style-data';
import { scenarioById, scenariosFor } from '@/lib/practice/oa/work-simulation';
import { formatClock } from '@/lib/practice/timer';
import { OaResults } from './oa-results';
import { useOaSessions } from './use-oa-sessions';
import { WorkSimStep } from './work-sim-step';
import { WorkStyleStep } from './work-style-step';

interface OaPanelProps {
  family: RoleFamily;
  /** The posting's highly ranked principles, most likely first. */
  postingTop: readonly PrincipleId[];
  /** Milliseconds now; tests pass a fake clock. */
  clock?: () => number;
}

const kindLabel: Record<OaKind, string> = {
  'work-style': 'Work Style',
  'work-simulation': 'Work Simulation',
};

function useNow(clock: () => number, running: boolean): number {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => setNow(clock()), 500);
    return () => clearInterval(id);
  }, [clock, running]);
  return now;
}

function OaRunner(props: {
  session: OaSession;
  clock: () => number;
  onChange: (s: OaSession) => void;
  onLeave: () => void;
}) {
  const { session, clock, onChange, onLeave } = props;
  const now = useNow(clock, session.runningSince !== null);
  const reading = oaClock(session, now);
  useEffect(() => {
    if (session.finishedAt === null && isTimeUp(session, now)) onChange(finishOa(session, now));
  }, [session, now, onChange]);
  const next = nextItemId(session);
  useEffect(() => {
    if (next === null && session.finishedAt === null) onChange(finishOa(session, clock()));
  }, [next, session, clock, onChange]);
  if (!next) return null;
  const index = session.itemIds.indexOf(next);
  const item = session.kind === 'work-style' ? workStyleItem(next) : undefined;
  const scenario = session.kind === 'work-simulation' ? scenarioById(next) : undefined;
  return (
    <div className="oa-runner">
      <p>
        <span
          role="timer"
          aria-label="Time left"
          className={reading.lastMinute ? 'timer-clock over' : 'timer-clock'}
        >
          {reading.left}
        </span>{' '}
        <span className="muted">
          left · {answeredCount(session)} of {session.itemIds.length} answered
        </span>
      </p>
      {item && (
        <WorkStyleStep
          item={item}
          index={index}
          total={session.itemIds.length}
          onChoose={(choice) => onChange(chooseStatement(session, next, choice, clock()))}
        />
      )}
      {scenario && (
        <WorkSimStep
          key={scenario.id}
          scenario={scenario}
          index={index}
          total={session.itemIds.length}
          onRank={(order) => onChange(rankResponses(session, next, order, clock()))}
        />
      )}
      <p className="practice-sections">
        <button
          type="button"
          onClick={() => {
            onChange(pauseOa(session, clock()));
            onLeave();
          }}
        >
          Pause and leave
        </button>
        <button type="button" onClick={() => onChange(finishOa(session, clock()))}>
          Finish now
        </button>
      </p>
    </div>
  );
}

/**
 * Online-assessment practice: a Work Style set (forced choices) or a Work Simulation set
 * (scenarios to rank), timed at the real pace, kept after every answer so it can be resumed.
 */
export function OaPanel({ family: postingFamily, postingTop, clock = Date.now }: OaPanelProps) {
  const { sessions, save } = useOaSessions();
  const [family, setFamily] = useState<RoleFamily>(postingFamily);
  const [openId, setOpenId] = useState<string | null>(null);
  const [local, setLocal] = useState<OaSession | null>(null);
  const [error, setError] = useState('');
  const open = local && local.id === openId ? local : null;
  const change = (s: OaSession) => {
    setLocal(s);
    save(s).then(
      () => setError(''),
      () => setError('This set could not be kept; finishing it here still works.'),
    );
  };
  const begin = (kind: OaKind) => {
    const s = startOa({ id: crypto.randomUUID(), kind, family, postingTop, now: clock() });
    setOpenId(s.id);
    change(s);
  };
  const resume = (s: OaSession) => {
    setOpenId(s.id);
    change(s.finishedAt === null ? resumeOa(s, clock()) : s);
  };
  const simCount = scenariosFor(family).length;
  return (
    <section className="oa-panel" aria-labelledby="oa-heading">
      <h2 id="oa-heading">Online assessment</h2>
      {error && <p role="alert">{error}</p>}
      {open && open.finishedAt === null && (
        <OaRunner session={open} clock={clock} onChange={change} onLeave={() => setOpenId(null)} />
      )}
      {open && open.finishedAt !== null && (
        <>
          <OaResults session={open} />
          <button type="button" onClick={() => setOpenId(null)}>
            Back to the assessment sets
          </button>
        </>
      )}
      {!open && (
        <>
          <p>
            The non-coding parts of Amazon&apos;s online assessment, with our own items. Take your
            time on Work Style: the statements all sound good, and the pattern of your choices is
            what gets read.
          </p>
          <p>
            <label>
              Scenarios for{' '}
              <select
                value={family}
                onChange={(e) =>
                  setFamily(roleFamilies.find((f) => f === e.target.value) ?? 'other')
                }
              >
                {roleFamilies.map((f) => (
                  <option key={f} value={f}>
                    {f === 'other' ? 'Any role' : familyEntry(f).label}
                  </option>
                ))}
              </select>
            </label>
          </p>
          <p className="practice-sections">
            <button type="button" onClick={() => begin('work-style')}>
              Start a Work Style set ({workStyleItems.length} choices,{' '}
              {formatClock(workStyleItems.length * secondsPerChoice)})
            </button>
            <button type="button" onClick={() => begin('work-simulation')}>
              Start a Work Simulation set ({simCount} scenarios,{' '}
              {formatClock(simCount * secondsPerScenario)})
            </button>
          </p>
          <KeptSets sessions={sessions ?? []} onOpen={resume} />
        </>
      )}
    </section>
  );
}

function KeptSets({ sessions, onOpen }: { sessions: OaSession[]; onOpen: (s: OaSession) => void }) {
  if (sessions.length === 0) return null;
  return (
    <>
      <h3>Your sets</h3>
      <ul className="oa-kept">
        {sessions.map((s) => (
          <li key={s.id}>
            {kindLabel[s.kind]}, {new Date(s.startedAt).toLocaleDateString()}: {answeredCount(s)} of{' '}
            {s.itemIds.length} answered{s.finishedAt === null ? ', paused' : ''}.{' '}
            <button type="button" onClick={() => onOpen(s)}>
              {s.finishedAt === null
                ? `Resume ${kindLabel[s.kind]} set`
                : `See ${kindLabel[s.kind]} results`}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
