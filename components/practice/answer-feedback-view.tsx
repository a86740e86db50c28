import type { AnswerFeedback } from '@/lib/practice/answer-feedback';
import { formatSeconds, maxSeconds, spoken, targetSeconds } from '@/lib/text/speaking';

const partLabel = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result' };

function lengthNote(f: AnswerFeedback): string {
  const how = f.timed ? 'by the timer' : `estimated at ${spoken.pace}`;
  if (f.followUp) return `${formatSeconds(f.seconds)} (${how})`;
  const against =
    f.seconds > maxSeconds
      ? `over ${spoken.maxShort}`
      : f.seconds > targetSeconds
        ? `past ${spoken.target}, under ${spoken.maxShort}`
        : `within ${spoken.target}`;
  return `${formatSeconds(f.seconds)} (${how}): ${against}`;
}

function resultNote(f: AnswerFeedback): string {
  if (f.metric) return `with a number: “${f.metric}”`;
  return f.parts.some((p) => p.part === 'result' && p.words > 0) ? 'told, with no number' : 'none';
}

/** What the answer did, in figures, and the three next steps. */
export function AnswerFeedbackView({ feedback: f }: { feedback: AnswerFeedback }) {
  return (
    <section className="answer-feedback" aria-label="Answer feedback">
      <dl>
        {!f.followUp && (
          <>
            <dt>STAR</dt>
            <dd>
              {f.parts.map((p) => `${partLabel[p.part]} ${Math.round(p.share * 100)}%`).join(' · ')}
            </dd>
            <dt>Result</dt>
            <dd>{resultNote(f)}</dd>
          </>
        )}
        <dt>“I” and “we”</dt>
        <dd>
          “I” {f.pronouns.i}×, “we” {f.pronouns.we}×
        </dd>
        {f.principle && !f.followUp && (
          <>
            <dt>{f.principle.name}</dt>
            <dd>
              {f.principle.evidence.length > 0
                ? f.principle.evidence.map((e) => `“${e}”`).join(' ')
                : 'nothing in the answer shows it yet'}
            </dd>
          </>
        )}
        <dt>Length</dt>
        <dd>{lengthNote(f)}</dd>
        {f.timed && (
          <>
            <dt>Pace</dt>
            <dd>{f.wordsPerMinute} words a minute</dd>
          </>
        )}
        <dt>Fillers</dt>
        <dd>
          {f.fillers.count === 0
            ? 'none'
            : `${f.fillers.count} (${f.fillers.perMinute} a minute): ${f.fillers.kinds.map((k) => k.label).join(', ')}`}
        </dd>
        {f.storyMetric && (
          <>
            <dt>Your story’s number</dt>
            <dd>
              {f.storyMetric.kept ? 'kept' : 'left out'}: “{f.storyMetric.metric}”
            </dd>
          </>
        )}
      </dl>
      <h4>Next steps</h4>
      <ol className="next-steps">
        {f.nextSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </section>
  );
}
