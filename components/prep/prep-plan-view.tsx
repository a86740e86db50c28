import { useMemo } from 'react';
import { ErrorNotice } from '@/components/common/error-notice';
import { Section } from '@/components/common/section';
import type { InterviewProcess } from '@/lib/process/schema';
import type { PrepContext } from '@/lib/prep/personal';
import { prepPlan } from '@/lib/prep/prep-plan';
import type { PrepState } from '@/lib/prep/prep-state-schema';
import type { StageId } from '@/lib/process/hiring-stages';
import { PrepPlanList } from './prep-plan-list';
import { StageTracker } from './stage-tracker';

interface PrepPlanViewProps {
  today: string;
  /** This posting's process, to include system design only when the loop has it. */
  process: InterviewProcess | null;
  /** The story bank, the posting's principles and the practice history the plan follows. */
  context?: PrepContext;
  state: PrepState;
  onDate: (date: string) => void;
  onDone: (itemId: string, done: boolean) => void;
  onStage: (stage: StageId) => void;
  /** Locale for dates; the browser's own when omitted. */
  locale?: string;
}

/** The dated prep plan for the chosen interview date, and the hiring-stage tracker. */
export function PrepPlanView({
  today,
  process,
  context,
  state,
  onDate,
  onDone,
  onStage,
  locale,
}: PrepPlanViewProps) {
  const plan = useMemo(
    () =>
      state.interviewDate ? prepPlan(today, state.interviewDate, process, context, locale) : null,
    [today, state.interviewDate, process, context, locale],
  );
  const done = useMemo(() => new Set(state.done), [state.done]);
  const ticked = plan?.status === 'ready' ? plan.items.filter((i) => done.has(i.id)).length : 0;
  return (
    <>
      <Section title="Prep plan" level={3}>
        <label>
          Interview date{' '}
          <input type="date" value={state.interviewDate} onChange={(e) => onDate(e.target.value)} />
        </label>
        {!plan && <p className="muted">Pick your interview date to get a dated plan.</p>}
        {plan && plan.status !== 'ready' && (
          <ErrorNotice tone="partial">{plan.message}</ErrorNotice>
        )}
        {plan?.status === 'ready' && (
          <>
            <p role="status">
              {ticked} of {plan.items.length} done.
            </p>
            {plan.notes.length > 0 && (
              <ul className="muted prep-notes">
                {plan.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            )}
            <PrepPlanList
              items={plan.items}
              done={done}
              today={today}
              onDone={onDone}
              locale={locale}
            />
          </>
        )}
      </Section>
      <Section title="Where you are" level={3}>
        <StageTracker current={state.stage} process={process} onChange={onStage} />
      </Section>
    </>
  );
}
