import { useNlpReady } from '@/components/common/use-nlp-ready';
import { Section } from '@/components/common/section';
import { answerFrame, frameIntro } from '@/lib/practice/answer-frame';
import { pushback, type PushbackStory } from '@/lib/practice/pushback';

interface PushbackPanelProps {
  story: PushbackStory;
}

/** Bar Raiser follow-ups drawn from the story's text, and the frame for answering them. */
export function PushbackPanel({ story }: PushbackPanelProps) {
  // Renders again once the NLP engine has loaded: the questions quote the story's own phrases.
  // Not memoised: the panel renders rarely and the result depends on the engine's state.
  useNlpReady();
  const questions = pushback(story);
  const frame = answerFrame(story);
  return (
    <Section title="Bar Raiser pushback" level={3}>
      <ol className="pushback-list">
        {questions.map((q) => (
          <li key={q.kind}>
            <p>
              {q.question}
              {q.principle && <span className="muted"> (probes {q.principle.name})</span>}
            </p>
            {q.basis && <p className="muted">From your story: “{q.basis}”</p>}
          </li>
        ))}
      </ol>
      <p>{frameIntro}</p>
      <dl className="answer-frame">
        {frame.map((f) => (
          <div key={f.step}>
            <dt>{f.label}</dt>
            <dd>
              {f.prompt}
              {f.hint && <span className="muted"> Your story mentions: “{f.hint}”</span>}
            </dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
