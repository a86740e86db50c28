import { LoadingState } from '@/components/common/loading-state';
import { useAttempts } from '@/components/common/use-attempts';
import { usePrepPlan } from '@/components/prep/use-prep-plan';
import { useStories } from '@/components/common/use-stories';
import type { PrincipleId } from '@/lib/principles/ids';
import type { InterviewProcess } from '@/lib/process/schema';
import { localDay } from '@/lib/prep/dates';
import { PrepPlanView } from './prep-plan-view';

interface PrepSectionProps {
  process: InterviewProcess | null;
  /** The posting's likely principles, most likely first: the bank and practice are read against them. */
  principles?: readonly PrincipleId[];
  /** Today as YYYY-MM-DD; defaults to the local date. */
  today?: string;
  /** The last mock loop's "practise next" list, for the mock-interview days. */
  mockFocus?: readonly string[];
}

/** The prep plan wired to its saved state. */
export function PrepSection({
  process,
  principles = [],
  today = localDay(new Date()),
  mockFocus,
}: PrepSectionProps) {
  const { state, setInterviewDate, setDone, setStage } = usePrepPlan();
  const { stories } = useStories();
  const { attempts } = useAttempts();
  if (!state || !stories || !attempts) return <LoadingState label="Reading your plan…" />;
  const practised = [...new Set(attempts.map((a) => a.principleId))];
  const ignore = () => undefined;
  return (
    <PrepPlanView
      today={today}
      process={process}
      context={{ stories, principles, practised, mockFocus }}
      state={state}
      onDate={(d) => void setInterviewDate(d).catch(ignore)}
      onDone={(id, done) => void setDone(id, done).catch(ignore)}
      onStage={(s) => void setStage(s).catch(ignore)}
    />
  );
}
