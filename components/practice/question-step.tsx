import { useState } from 'react';
import { ErrorNotice } from '@/components/common/error-notice';
import type { MarathonQuestion, MarathonStory } from '@/lib/practice/marathon';
import type { Story } from '@/lib/stories/schema';
import { metricWithUnit } from '@/lib/text/metric';
import { AnswerPanel } from './answer-panel';
import { AnswerTimer } from './answer-timer';
import { PracticeRecorder } from './practice-recorder';
import { PushbackPanel } from './pushback-panel';
import { StoryPicker } from './story-picker';

interface QuestionStepProps {
  index: number;
  total: number;
  question: MarathonQuestion;
  stories: readonly Story[];
  picked: MarathonStory | null;
  usedAt: ReadonlyMap<string, number>;
  refusal: string;
  onPick: (storyId: string) => void;
  onNext: () => void;
  clock?: () => number;
}

/** One marathon question: pick a story, answer against the timer, face the pushback, move on. */
export function QuestionStep(props: QuestionStepProps) {
  const { index, total, question, stories, picked, usedAt, refusal, onPick, onNext, clock } = props;
  const [showPushback, setShowPushback] = useState(false);
  const story = picked ? stories.find((s) => s.id === picked.id) : undefined;
  const last = index === total - 1;
  return (
    <div className="question-step">
      <h3>
        Question {index + 1} of {total}: {question.principleName}
      </h3>
      <p className="marathon-question">{question.text}</p>
      <StoryPicker
        stories={stories}
        question={question}
        value={picked?.id ?? ''}
        usedAt={usedAt}
        onPick={onPick}
      />
      {refusal && <ErrorNotice>{refusal}</ErrorNotice>}
      <AnswerTimer key={question.id} clock={clock} />
      <PracticeRecorder question={question.text} storyTitle={picked?.title ?? ''} />
      <AnswerPanel
        key={question.id}
        question={question.text}
        principleId={question.principleId}
        storyId={story?.id ?? ''}
        storyMetric={story ? metricWithUnit(story.result) : null}
      />
      {story && (
        <button
          type="button"
          aria-expanded={showPushback}
          onClick={() => setShowPushback((v) => !v)}
        >
          {showPushback ? 'Hide the pushback' : 'Done answering: show Bar Raiser pushback'}
        </button>
      )}
      {story && showPushback && <PushbackPanel story={story} />}
      <p>
        <button
          type="button"
          disabled={!picked}
          onClick={() => {
            setShowPushback(false);
            onNext();
          }}
        >
          {last ? 'Finish marathon' : 'Next question'}
        </button>
      </p>
    </div>
  );
}
