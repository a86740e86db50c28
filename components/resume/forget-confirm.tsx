import { useId } from 'react';
import { forgetQuestion, type ForgetChoice, type ForgetPlan } from '@/lib/resume/forget';

interface ForgetConfirmProps {
  plan: ForgetPlan;
  onAnswer: (choice: ForgetChoice) => void;
  onCancel: () => void;
}

/**
 * "Forget my resume?" with what each answer removes. When the box and the saved copy differ,
 * deleting the saved copy is a separate, named answer: clearing the box never takes it silently.
 */
export function ForgetConfirm({ plan, onAnswer, onCancel }: ForgetConfirmProps) {
  const id = useId();
  const twoCopies = plan.saved !== null && !plan.boxIsSaved;
  return (
    <div
      className="notice notice-partial"
      role="group"
      aria-labelledby={`${id}-q`}
      aria-describedby={`${id}-d`}
    >
      <p id={`${id}-q`}>
        <strong>Forget your resume?</strong>
      </p>
      <p id={`${id}-d`}>{forgetQuestion(plan)}</p>
      <button type="button" onClick={() => onAnswer('all')}>
        {twoCopies ? 'Delete both' : plan.saved ? 'Delete my resume' : 'Clear the box'}
      </button>{' '}
      {twoCopies ? (
        <>
          <button type="button" onClick={() => onAnswer('back-to-saved')}>
            Go back to the saved copy
          </button>{' '}
        </>
      ) : null}
      {/* The safe answer has the focus: Enter on a reflex keeps everything. */}
      <button type="button" onClick={onCancel} autoFocus>
        Cancel
      </button>
    </div>
  );
}
