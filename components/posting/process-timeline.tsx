import type { InterviewProcess } from '@/lib/process/schema';
import { Section } from '@/components/common/section';
import { ProcessStageList } from './process-stage-list';

interface ProcessTimelineProps {
  process: InterviewProcess;
}

/** The interview process: what comes before the loop, the loop's rounds, the decision, and tips. */
export function ProcessTimeline({ process }: ProcessTimelineProps) {
  const rounds = process.loop.length;
  return (
    <>
      <Section title="Before the loop" level={3}>
        <ProcessStageList stages={process.before} label="Before the loop" />
      </Section>
      <Section title={`The loop: ${rounds} ${rounds === 1 ? 'round' : 'rounds'}`} level={3}>
        <ProcessStageList stages={process.loop} label="Loop rounds" />
      </Section>
      <Section title="After the loop" level={3}>
        <ProcessStageList stages={process.after} label="After the loop" />
      </Section>
      {process.notes.length > 0 && (
        <Section title="Tips" level={3}>
          <ul className="notes">
            {process.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}
