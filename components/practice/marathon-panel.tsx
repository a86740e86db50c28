import { useMemo, useState } from 'react';
import type { PrincipleId } from '@/lib/principles/ids';
import {
  chooseStory,
  isFinished,
  marathonLength,
  marathonSummary,
  nextQuestion,
  pickQuestions,
  startMarathon,
  type LikelyWeight,
} from '@/lib/practice/marathon';
import type { QuestionFit } from '@/lib/principles/catalogue';
import type { Story } from '@/lib/stories/schema';
import { MarathonSummary } from './marathon-summary';
import { QuestionStep } from './question-step';
import { viewHref } from '@/lib/views/ids';

interface MarathonPanelProps {
  stories: readonly Story[];
  /** The posting's likely LPs; questions lean toward them. */
  likely: readonly LikelyWeight[];
  /** The posting's role family and level: questions that do not fit them are left out. */
  fit?: QuestionFit;
  /** Fixes the questions (tests); a new seed per marathon otherwise. */
  seed?: number;
  clock?: () => number;
}

/** The behavioural marathon: five LP questions, a different story for each, then a summary. */
export function MarathonPanel({ stories, likely, fit, seed, clock }: MarathonPanelProps) {
  const [round, setRound] = useState(0);
  const [state, setState] = useState(() =>
    startMarathon(pickQuestions(seed ?? Date.now(), likely, undefined, undefined, fit)),
  );
  const [refusal, setRefusal] = useState('');
  const usedAt = new Map<string, number>();
  state.picks.forEach((p, i) => p && i !== state.current && usedAt.set(p.id, i + 1));
  const tags = useMemo(
    () => new Map<string, readonly PrincipleId[]>(stories.map((s) => [s.id, s.lps])),
    [stories],
  );

  const handlePick = (storyId: string) => {
    const story = stories.find((s) => s.id === storyId);
    if (!story) return;
    const result = chooseStory(state, { id: story.id, title: story.title });
    if (result.ok) {
      setState(result.state);
      setRefusal('');
    } else {
      setRefusal(result.message);
    }
  };
  const handleRestart = () => {
    setRound((r) => r + 1);
    setState(
      startMarathon(
        pickQuestions((seed ?? Date.now()) + round + 1, likely, undefined, undefined, fit),
      ),
    );
    setRefusal('');
  };

  if (isFinished(state)) {
    return <MarathonSummary rows={marathonSummary(state, tags)} onRestart={handleRestart} />;
  }
  const question = state.questions[state.current]!;
  return (
    <div className="marathon">
      {stories.length < marathonLength && (
        <p className="notice notice-partial" role="status">
          You have {stories.length} {stories.length === 1 ? 'story' : 'stories'}; a marathon needs{' '}
          {marathonLength} different ones. <a href={viewHref('stories')}>Add stories</a>.
        </p>
      )}
      <QuestionStep
        key={`${round}-${question.id}`}
        index={state.current}
        total={state.questions.length}
        question={question}
        stories={stories}
        picked={state.picks[state.current] ?? null}
        usedAt={usedAt}
        refusal={refusal}
        onPick={handlePick}
        onNext={() => {
          setState(nextQuestion(state));
          setRefusal('');
        }}
        clock={clock}
      />
    </div>
  );
}
