import { useState } from 'react';
import type { DeleteState } from '@/components/common/use-delete-all';
import { Section } from './section';

interface DeleteAllDataProps {
  state: DeleteState;
  onDelete: () => void;
}

const outcome: Record<DeleteState, string> = {
  idle: '',
  deleting: 'Deleting…',
  done: 'Everything LoopReady stored in this browser is deleted.',
  failed: 'Could not delete your data. Close other LoopReady pages and try again.',
};

/** What LoopReady keeps, and a two-step "Delete all my data". */
export function DeleteAllData({ state, onDelete }: DeleteAllDataProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <Section title="Your data">
      <p>
        LoopReady keeps your profile, stories, plans, resume, prep plan, the postings you opened and
        any recordings you chose to keep in this browser only. It sends nothing anywhere.
      </p>
      {confirming ? (
        <p>
          {/* A backup holds the bank only (lib/db/bank.ts): saying "export first" alone let users
              believe their resume was safe in it. */}
          Delete all of it? A backup (side panel, Stories, Export) keeps your stories, profile,
          plans, saved postings and practice history, but not your resume, prep plan or recordings:
          copy your resume somewhere safe first if you may want it back.{' '}
          <button
            type="button"
            onClick={() => {
              setConfirming(false);
              onDelete();
            }}
          >
            Yes, delete everything
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Keep my data
          </button>
        </p>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          Delete all my data
        </button>
      )}
      <p role="status">{outcome[state]}</p>
    </Section>
  );
}
