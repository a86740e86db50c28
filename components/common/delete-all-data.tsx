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
        LoopReady keeps your profile, stories, plans, resume, prep plan, practice answers, the
        postings you opened, any recordings you chose to keep, and Recently deleted (30 days) in
        this browser only. It sends nothing anywhere.
      </p>
      {confirming ? (
        <p>
          Delete all of it, Recently deleted too? A backup (side panel, Stories, Export all) keeps
          everything but your recordings, unless you tick “Include recordings” there: export first
          if you may want it back.{' '}
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
