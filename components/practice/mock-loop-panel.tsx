import { useState } from 'react';
import type { CurrentPosting } from '@/components/common/use-current-posting';
import { useSavedPostings } from '@/components/plan/use-saved-postings';
import { analyzePosting } from '@/lib/analysis/analyze';
import { analysisIsCurrent, postingKey, type SavedPosting } from '@/lib/backup/bank-schema';
import { planRounds } from '@/lib/loop/plan-rounds';
import { mockLoopMarkdown } from '@/lib/practice/mock-loop/markdown';
import { buildMockLoop } from '@/lib/practice/mock-loop/rounds';
import type { MockLoop } from '@/lib/practice/mock-loop/schema';
import {
  answerQuestion,
  currentQuestion,
  pauseMockLoop,
  resumeMockLoop,
  startMockLoop,
} from '@/lib/practice/mock-loop/state';
import type { Story } from '@/lib/stories/schema';
import { MockAnswerStep } from './mock-answer-step';
import { MockDebriefView } from './mock-debrief-view';
import { useMockLoops } from './use-mock-loops';

interface MockLoopPanelProps {
  current: CurrentPosting;
  stories: readonly Story[];
  clock?: () => number;
}

function download(loop: MockLoop) {
  const url = URL.createObjectURL(new Blob([mockLoopMarkdown(loop)], { type: 'text/markdown' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'loopready-mock-loop.md';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** The rounds of a mock loop for a saved posting, from its process and the round plan. */
function loopFor(
  posting: SavedPosting,
  stories: readonly Story[],
  now: number,
  maxRounds: number,
): MockLoop {
  const analysis =
    analysisIsCurrent(posting) && posting.analysis
      ? posting.analysis
      : analyzePosting(posting.result);
  const plan = planRounds(stories, analysis);
  const rounds = buildMockLoop({
    rounds: plan.rounds,
    process: analysis.process,
    family: analysis.role.family,
    band: analysis.level.band,
    seed: now,
    maxRounds,
  });
  return startMockLoop({
    id: crypto.randomUUID(),
    postingId: posting.id,
    postingTitle: posting.result.posting.title,
    rounds,
    now,
  });
}

const statusWords: Record<MockLoop['status'], string> = {
  running: 'in progress',
  paused: 'paused',
  finished: 'finished',
};

/**
 * A mock loop for a saved posting: round by round, each interviewer asks about the principles the
 * plan gave the round and cuts in mid-answer; the loop can be paused and resumed, and ends with a
 * debrief that can be downloaded as Markdown.
 */
export function MockLoopPanel({ current, stories, clock = Date.now }: MockLoopPanelProps) {
  const saved = useSavedPostings(current.status === 'ready' ? current : null);
  const { loops, save } = useMockLoops();
  const [choice, setChoice] = useState('');
  const [length, setLength] = useState(5);
  const [open, setOpen] = useState<MockLoop | null>(null);
  const [error, setError] = useState('');
  const keep = (loop: MockLoop) => {
    setOpen(loop);
    save(loop).then(
      () => setError(''),
      () => setError('This loop could not be kept on this computer; you can still finish it here.'),
    );
  };
  const postings = saved ?? [];
  const currentId = current.result ? postingKey(current.result) : '';
  const selected = choice || currentId || postings[0]?.id || '';
  const start = () => {
    const posting = postings.find((p) => p.id === selected);
    if (!posting) return;
    try {
      keep(loopFor(posting, stories, clock(), length));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const question = open ? currentQuestion(open) : null;
  return (
    <section className="mock-loop-panel" aria-labelledby="mock-heading">
      <h2 id="mock-heading">Mock loop</h2>
      {error && <p role="alert">{error}</p>}
      {open && open.status === 'paused' && (
        <p>
          Paused.{' '}
          <button type="button" onClick={() => keep(resumeMockLoop(open, clock()))}>
            Resume the loop
          </button>{' '}
          <button type="button" onClick={() => setOpen(null)}>
            Back to the mock loops
          </button>
        </p>
      )}
      {open && open.status === 'running' && question && (
        <MockAnswerStep
          key={`${open.position.round}-${open.position.question}-${open.updatedAt}`}
          loop={open}
          question={question}
          clock={clock}
          onAnswer={(answer) => keep(answerQuestion(open, answer, clock()))}
          onPause={(draft) => keep(pauseMockLoop(open, draft, clock()))}
        />
      )}
      {open && open.status === 'finished' && (
        <>
          <MockDebriefView loop={open} onDownload={() => download(open)} />
          <button type="button" onClick={() => setOpen(null)}>
            Back to the mock loops
          </button>
        </>
      )}
      {!open && (
        <>
          <p>
            Four or five rounds for a posting, each with its interviewer and the principles your
            round plan gave it. The interviewer cuts in when your answer gives a reason to: answer
            the interruption, then go on.
          </p>
          {postings.length === 0 ? (
            <p className="muted">
              Open a job page on amazon.jobs first: a mock loop is made for a posting.
            </p>
          ) : (
            <p>
              <label>
                Posting for the mock loop{' '}
                <select value={selected} onChange={(e) => setChoice(e.target.value)}>
                  {postings.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.result.posting.title || p.id}
                    </option>
                  ))}
                </select>
              </label>{' '}
              <label>
                Rounds{' '}
                <select value={length} onChange={(e) => setLength(Number(e.target.value))}>
                  <option value={5}>The whole loop</option>
                  <option value={3}>Three: two rounds and the Bar Raiser</option>
                </select>
              </label>{' '}
              <button type="button" onClick={start}>
                Start a mock loop
              </button>
            </p>
          )}
          <KeptLoops loops={loops ?? []} onOpen={setOpen} />
        </>
      )}
    </section>
  );
}

function KeptLoops({ loops, onOpen }: { loops: MockLoop[]; onOpen: (loop: MockLoop) => void }) {
  if (loops.length === 0) return null;
  return (
    <>
      <h3>Your mock loops</h3>
      <ul>
        {loops.map((loop) => (
          <li key={loop.id}>
            {loop.postingTitle || 'A saved posting'},{' '}
            {new Date(loop.createdAt).toLocaleDateString()}: {statusWords[loop.status]},{' '}
            {loop.answers.length} answers.{' '}
            <button type="button" onClick={() => onOpen(loop)}>
              {loop.status === 'finished' ? 'See the debrief' : 'Open the loop'}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
