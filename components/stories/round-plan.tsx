import type { PlannedRound, RoundPlan } from '@/lib/loop/plan-rounds';
import type { PrincipleId } from '@/lib/principles/ids';
import { principleById } from '@/lib/principles/lookup';
import type { Story } from '@/lib/stories/schema';
import { Section } from '@/components/common/section';

type SlotRef = { roundIndex: number; lp: PrincipleId };

interface RoundPlanProps {
  plan: RoundPlan;
  stories: readonly Story[];
  onLock: (slot: SlotRef) => void;
  onUnlock: (slot: SlotRef) => void;
  onSwap: (slot: SlotRef, storyId: string) => void;
}

const matchText = { tagged: 'tagged', evidence: 'text shows it', other: 'your pick' } as const;

interface RoundCardProps extends Omit<RoundPlanProps, 'plan'> {
  round: PlannedRound;
  roundIndex: number;
  gapMessages: Map<string, string>;
}

function RoundCard({
  round,
  roundIndex,
  stories,
  gapMessages,
  onLock,
  onUnlock,
  onSwap,
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
                  <span className="muted">({slot.match ? matchText[slot.match] : ''})</span>{' '}
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
                onChange={(e) => e.target.value && onSwap(ref, e.target.value)}
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
            </li>
          );
        })}
      </ol>
    </Section>
  );
}

/** Every round with its principle slots and the story for each, gaps named, lock and swap per slot. */
export function RoundPlanView({ plan, ...rest }: RoundPlanProps) {
  const gapMessages = new Map(plan.gaps.map((g) => [`${g.roundIndex}/${g.lp}`, g.message]));
  return (
    <div className="round-plan">
      {plan.rounds.map((round, roundIndex) => (
        <RoundCard
          key={`${roundIndex}-${round.name}`}
          round={round}
          roundIndex={roundIndex}
          gapMessages={gapMessages}
          {...rest}
        />
      ))}
    </div>
  );
}
