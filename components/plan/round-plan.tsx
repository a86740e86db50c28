import { useState } from 'react';
import { usedElsewhere } from '@/lib/loop/plan-locks';
import type { PlannedRound, PlannedSlot, RoundPlan } from '@/lib/loop/plan-rounds';
import type { PrincipleId } from '@/lib/principles/ids';
import { principleById } from '@/lib/principles/lookup';
import type { Story } from '@/lib/stories/schema';
import { Section } from '@/components/common/section';
import { WeakBadge } from '@/components/stories/weak-badge';

type SlotRef = { roundIndex: number; lp: PrincipleId };

interface RoundPlanProps {
  plan: RoundPlan;
  stories: readonly Story[];
  onLock: (slot: SlotRef) => void;
  onUnlock: (slot: SlotRef) => void;
  onSwap: (slot: SlotRef, storyId: string) => void;
}

/** "your pick" only for the user's own locked choice; anything else says why the story is there. */
function matchText(slot: PlannedSlot): string {
  if (slot.match === 'tagged') return 'tagged';
  if (slot.match === 'evidence') return 'text shows it';
  return slot.locked ? 'your pick' : 'not tagged for it';
}

/** A swap waiting for the user's answer: the story is already told in another slot. */
interface PendingSwap {
  slot: SlotRef;
  storyId: string;
  from: SlotRef & { round: string };
}

interface RoundCardProps extends Omit<RoundPlanProps, 'plan' | 'onSwap'> {
  round: PlannedRound;
  roundIndex: number;
  gapMessages: Map<string, string>;
  weakReasons: Map<string, string[]>;
  pending: PendingSwap | null;
  onRequestSwap: (slot: SlotRef, storyId: string) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

function RoundCard({
  round,
  roundIndex,
  stories,
  gapMessages,
  weakReasons,
  onLock,
  onUnlock,
  pending,
  onRequestSwap,
  onConfirm,
  onCancel,
}: RoundCardProps) {
  const byId = new Map(stories.map((s) => [s.id, s]));
  return (
    <Section title={round.name} level={3}>
      <ol className="slot-list">
        {round.slots.map((slot) => {
          const story = slot.storyId ? byId.get(slot.storyId) : undefined;
          const name = principleById(slot.lp).name;
          const ref = { roundIndex, lp: slot.lp };
          return (
            <li key={slot.lp}>
              <strong>{name}</strong>:{' '}
              {story ? (
                <>
                  <span className="slot-story">{story.title}</span>{' '}
                  <span className="muted">({matchText(slot)})</span>{' '}
                  {weakReasons.has(`${roundIndex}/${slot.lp}`) && (
                    <>
                      <WeakBadge reasons={weakReasons.get(`${roundIndex}/${slot.lp}`)!} />{' '}
                    </>
                  )}
                  <button
                    type="button"
                    aria-pressed={slot.locked}
                    aria-label={`${slot.locked ? 'Unlock' : 'Lock'} ${story.title} for ${name} in ${round.name}`}
                    onClick={() => (slot.locked ? onUnlock(ref) : onLock(ref))}
                  >
                    {slot.locked ? 'Locked' : 'Lock'}
                  </button>
                </>
              ) : (
                <span className="slot-gap">{gapMessages.get(`${roundIndex}/${slot.lp}`)}</span>
              )}{' '}
              <select
                aria-label={`Use another story for ${name} in ${round.name}`}
                value=""
                onChange={(e) => e.target.value && onRequestSwap(ref, e.target.value)}
              >
                <option value="">{story ? 'Swap…' : 'Use a story…'}</option>
                {stories
                  .filter((s) => s.id !== slot.storyId)
                  .map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.title}
                    </option>
                  ))}
              </select>
              {pending?.slot.roundIndex === roundIndex && pending.slot.lp === slot.lp && (
                <div className="notice notice-partial" role="group" aria-label="Confirm move">
                  <p>
                    “{byId.get(pending.storyId)?.title}” is already your story for{' '}
                    {principleById(pending.from.lp).name} in {pending.from.round}. Move it here?{' '}
                    That slot then gets another story from your bank, or shows as a gap.
                  </p>
                  <button type="button" onClick={onConfirm}>
                    Move it here
                  </button>{' '}
                  <button type="button" onClick={onCancel}>
                    Keep it where it is
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </Section>
  );
}

/** Every round with its principle slots and the story for each, gaps named, lock and swap per slot. */
export function RoundPlanView({ plan, onSwap, ...rest }: RoundPlanProps) {
  const gapMessages = new Map(plan.gaps.map((g) => [`${g.roundIndex}/${g.lp}`, g.message]));
  const weakReasons = new Map(plan.weak.map((w) => [`${w.roundIndex}/${w.lp}`, w.reasons]));
  const [pending, setPending] = useState<PendingSwap | null>(null);
  // A story told elsewhere moves only after the user says so; a free one goes in at once.
  const requestSwap = (slot: SlotRef, storyId: string) => {
    const from = usedElsewhere(plan, slot, storyId);
    if (from) setPending({ slot, storyId, from });
    else {
      setPending(null);
      onSwap(slot, storyId);
    }
  };
  const confirm = () => {
    if (pending) onSwap(pending.slot, pending.storyId);
    setPending(null);
  };
  return (
    <div className="round-plan">
      {plan.rounds.map((round, roundIndex) => (
        <RoundCard
          key={`${roundIndex}-${round.name}`}
          round={round}
          roundIndex={roundIndex}
          gapMessages={gapMessages}
          weakReasons={weakReasons}
          pending={pending}
          onRequestSwap={requestSwap}
          onConfirm={confirm}
          onCancel={() => setPending(null)}
          {...rest}
        />
      ))}
    </div>
  );
}
