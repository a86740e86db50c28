import { useCallback, useEffect, useRef, useState } from 'react';
import { decideInterruption, type Interruption } from '@/lib/practice/mock-loop/interrupt';
import type { KeptInterruption, MockLoop } from '@/lib/practice/mock-loop/schema';
import {
  alreadyTold,
  type CurrentQuestion,
  type GivenAnswer,
} from '@/lib/practice/mock-loop/state';
import { principleById } from '@/lib/principles/lookup';
import { formatClock } from '@/lib/practice/timer';
import { useSpeech } from './use-speech';

interface MockAnswerStepProps {
  loop: MockLoop;
  question: CurrentQuestion;
  onAnswer: (answer: GivenAnswer) => void;
  onPause: (draft: string) => void;
  clock?: () => number;
}

/** At most this many interruptions per answer: enough to practise, not a cross-examination. */
const maxInterruptions = 2;

type Pending = { interruption: Interruption; atChars: number; atMs: number };

/**
 * One question of a mock loop: the user answers (typed, or spoken where the browser transcribes on
 * this device), the interviewer cuts in when the answer gives a reason to, the user answers the
 * interruption and goes on, then moves to the next question.
 */
export function MockAnswerStep({
  loop,
  question,
  onAnswer,
  onPause,
  clock = Date.now,
}: MockAnswerStepProps) {
  const [typed, setTyped] = useState(loop.draft);
  /** The text before the user started speaking; null while typing. */
  const [spokenBase, setSpokenBase] = useState<string | null>(null);
  const [startedAt] = useState(clock);
  const [elapsed, setElapsed] = useState(0);
  const [kept, setKept] = useState<KeptInterruption[]>([]);
  const [pending, setPending] = useState<Pending | null>(null);
  const [reply, setReply] = useState('');
  const answerRef = useRef<HTMLTextAreaElement>(null);
  const replyRef = useRef<HTMLTextAreaElement>(null);
  const speech = useSpeech();
  const principleId =
    loop.rounds[question.roundIndex]!.questions[question.questionIndex]!.principleId;
  const text =
    spokenBase === null
      ? typed
      : [spokenBase, speech.transcript].filter((t) => t.trim() !== '').join(' ');

  /** Asks the decider whether the interviewer cuts in now; called on each edit and each tick. */
  const latest = useRef({ text, kept, pending, principleId, stop: speech.stop });
  useEffect(() => {
    latest.current = { text, kept, pending, principleId, stop: speech.stop };
  });
  const consider = useCallback((answer: string, elapsedMs: number) => {
    const now = latest.current;
    if (now.pending || now.kept.length >= maxInterruptions) return;
    const interruption = decideInterruption({
      text: answer,
      elapsedMs,
      principleId: now.principleId,
      asked: now.kept.map((k) => k.reason),
    });
    if (!interruption) return;
    now.stop();
    setPending({ interruption, atChars: answer.length, atMs: elapsedMs });
  }, []);
  useEffect(() => {
    const id = setInterval(() => {
      const ms = clock() - startedAt;
      setElapsed(ms);
      consider(latest.current.text, ms);
    }, 500);
    return () => clearInterval(id);
  }, [clock, startedAt, consider]);
  useEffect(() => {
    if (pending) replyRef.current?.focus();
  }, [pending]);

  const goOn = () => {
    if (!pending) return;
    const { interruption, atChars, atMs } = pending;
    setKept([
      ...kept,
      {
        reason: interruption.reason,
        question: interruption.question,
        basis: interruption.basis,
        atChars,
        atMs: Math.round(atMs),
        answer: reply,
      },
    ]);
    setPending(null);
    setReply('');
    answerRef.current?.focus();
  };
  const told = text.trim() ? alreadyTold(loop, text) : null;
  const round = question.round;
  return (
    <section className="mock-step" aria-labelledby="mock-question">
      <h3>
        Round {question.roundIndex + 1} of {loop.rounds.length}: {round.name}
      </h3>
      <p className="muted">
        {round.interviewer} · {round.lps.map((id) => principleById(id).name).join(', ')}
      </p>
      <p id="mock-question" className="marathon-question">
        {question.text}
      </p>
      <p>
        <span role="timer" aria-label="Answer time" className="timer-clock">
          {formatClock(elapsed / 1000)}
        </span>
      </p>
      <label>
        Your answer
        <textarea
          ref={answerRef}
          rows={7}
          value={text}
          readOnly={pending !== null}
          onChange={(e) => {
            setTyped(e.target.value);
            setSpokenBase(null);
            consider(e.target.value, clock() - startedAt);
          }}
        />
      </label>
      {speech.status === 'ready' && !pending && (
        <button
          type="button"
          onClick={() => {
            setSpokenBase(text);
            speech.start();
          }}
        >
          Speak your answer
        </button>
      )}
      {speech.status === 'listening' && (
        <button type="button" onClick={speech.stop}>
          Stop (transcribing on this device)
        </button>
      )}
      {told && (
        <p className="notice" role="status">
          {round.interviewer === 'Bar Raiser' ? 'The Bar Raiser' : 'This interviewer'} will hear a
          story {told.roundName} already heard (“{told.opening}”). Interviewers compare notes: tell
          a different one if you can.
        </p>
      )}
      {pending && (
        <div className="follow-up" role="group" aria-labelledby="mock-interruption">
          <h4 id="mock-interruption">The interviewer cuts in</h4>
          <p role="alert">{pending.interruption.question}</p>
          <label>
            Your answer to the interruption
            <textarea
              ref={replyRef}
              rows={3}
              value={reply}
              onChange={(e) => setReply(e.target.value)}
            />
          </label>
          <button type="button" disabled={reply.trim() === ''} onClick={goOn}>
            Answer and go on
          </button>
        </div>
      )}
      <p className="practice-sections">
        <button
          type="button"
          disabled={pending !== null || text.trim() === ''}
          onClick={() => onAnswer({ text, elapsedMs: elapsed, interruptions: kept })}
        >
          Done with this answer
        </button>
        <button type="button" onClick={() => onPause(text)}>
          Pause the loop
        </button>
      </p>
    </section>
  );
}
