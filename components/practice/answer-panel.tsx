import { useState } from 'react';
import { useAttempts } from '@/components/common/use-attempts';
import { useNlpReady } from '@/components/common/use-nlp-ready';
import { answerFeedback, type AnswerFeedback } from '@/lib/practice/answer-feedback';
import { followUps } from '@/lib/practice/follow-up';
import type { AttemptFigures } from '@/lib/practice/attempt-schema';
import type { PrincipleId } from '@/lib/principles/ids';
import { AnswerBox } from './answer-box';
import { AnswerFeedbackView } from './answer-feedback-view';

interface AnswerPanelProps {
  question: string;
  principleId: PrincipleId;
  storyId: string;
  /** The measured outcome in the story's Result, to check the answer kept it. */
  storyMetric: string | null;
  /** The attempt this answers a follow-up to; '' for the question itself. */
  followUpOf?: string;
  /** This panel answers a follow-up (its attempt may not be saved yet, so `followUpOf` can be ''). */
  isFollowUp?: boolean;
}

function figuresOf(f: AnswerFeedback): AttemptFigures {
  const share = (part: string) => f.parts.find((p) => p.part === part)?.share ?? 0;
  return {
    words: f.words,
    seconds: f.seconds,
    timed: f.timed,
    wordsPerMinute: f.wordsPerMinute,
    iShare: f.iShare,
    resultPresent: !f.findings.includes('no-result'),
    metricPresent: f.metric !== null,
    fillersPerMinute: f.fillers.perMinute,
    situationShare: share('situation'),
    actionShare: share('action'),
  };
}

/**
 * Answer a question (typed, pasted or spoken), get feedback at once, keep the attempt, then face a
 * Bar Raiser follow-up drawn from the answer, which gets the same treatment.
 */
export function AnswerPanel(props: AnswerPanelProps) {
  const { question, principleId, storyId, storyMetric, followUpOf = '' } = props;
  const { save } = useAttempts();
  useNlpReady();
  const [answer, setAnswer] = useState<{ text: string; feedback: AnswerFeedback } | null>(null);
  const [attemptId, setAttemptId] = useState('');
  const [saveError, setSaveError] = useState('');
  const [probing, setProbing] = useState(false);
  const isReply = followUpOf !== '' || props.isFollowUp === true;

  const handleSubmit = (text: string, elapsedMs?: number) => {
    const feedback = answerFeedback({
      text,
      principleId,
      elapsedMs,
      storyMetric,
      followUp: isReply,
    });
    setAnswer({ text, feedback });
    setProbing(false);
    // A reply belongs to its answer's attempt; without that attempt it is not kept on its own.
    if (isReply && followUpOf === '') {
      setSaveError('The answer this replies to was not kept, so this reply is not kept either.');
      return;
    }
    save({
      principleId,
      storyId,
      question,
      followUpOf,
      text,
      figures: figuresOf(feedback),
      createdAt: Date.now(),
    }).then(
      (saved) => {
        setAttemptId(saved.id);
        setSaveError('');
      },
      () => setSaveError('This attempt could not be kept; the feedback above still applies.'),
    );
  };
  const followUp = answer ? followUps(answer.text)[0] : undefined;
  return (
    <div className="answer-panel">
      <AnswerBox
        label={isReply ? 'Your answer to the follow-up' : 'Your answer'}
        onSubmit={handleSubmit}
      />
      {answer && <AnswerFeedbackView feedback={answer.feedback} />}
      {saveError && <p role="alert">{saveError}</p>}
      {followUp && !isReply && (
        <div className="follow-up">
          <h4>Bar Raiser follow-up</h4>
          <p>{followUp.question}</p>
          {followUp.basis && <p className="muted">From your answer: “{followUp.basis}”</p>}
          {!probing && (
            <button type="button" onClick={() => setProbing(true)}>
              Answer the follow-up
            </button>
          )}
          {probing && (
            <AnswerPanel
              question={followUp.question}
              principleId={principleId}
              storyId={storyId}
              storyMetric={null}
              followUpOf={attemptId}
              isFollowUp
            />
          )}
        </div>
      )}
    </div>
  );
}
