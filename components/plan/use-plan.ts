import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useRef } from 'react';
import { getPlanChoices, savePlanChoices, type PlanChoices } from '@/lib/db/plans';
import { lockSlot, swapInto, unlockSlot } from '@/lib/loop/plan-locks';
import { planRounds, type RoundPlan } from '@/lib/loop/plan-rounds';
import type { PlanLock } from '@/lib/loop/plan-schema';
import type { PrincipleId } from '@/lib/principles/ids';
import type { PostingAnalysis } from '@/lib/analysis/schema';
import { checkStory, type StoryChecks } from '@/lib/stories/checks';
import type { Story } from '@/lib/stories/schema';

type SlotRef = { roundIndex: number; lp: PrincipleId };

export interface PlanApi {
  plan: RoundPlan | null;
  locks: PlanLock[];
  lock: (slot: SlotRef) => void;
  unlock: (slot: SlotRef) => void;
  swap: (slot: SlotRef, storyId: string) => void;
  clearLocks: () => void;
}

const noChoices: PlanChoices = { locks: [], held: [] };

/** What the checks read; a story whose key is unchanged keeps its cached checks. */
const checksKey = (s: Story) => [s.situation, s.task, s.action, s.result, ...s.lps].join('\u0000');

/** Checks per story, recomputed only when its text or tags change (locking re-plans without re-checking). */
function useChecksCache() {
  const cache = useRef(new Map<string, { key: string; checks: StoryChecks }>());
  return useCallback((story: Story) => {
    const key = checksKey(story);
    const hit = cache.current.get(story.id);
    if (hit?.key === key) return hit.checks;
    const checks = checkStory(story);
    cache.current.set(story.id, { key, checks });
    return checks;
  }, []);
}

/** The round plan for one posting, with the user's locks kept in the db per posting. */
export function usePlan(
  analysis: PostingAnalysis | null,
  postingId: string | null,
  stories: Story[] | undefined,
): PlanApi {
  const choices =
    useLiveQuery(() => (postingId ? getPlanChoices(postingId) : noChoices), [postingId]) ??
    noChoices;
  const { locks, held } = choices;
  const checksOf = useChecksCache();
  const plan = useMemo(
    () => (analysis && stories ? planRounds(stories, analysis, { locks, held, checksOf }) : null),
    [analysis, stories, locks, held, checksOf],
  );
  const write = useCallback(
    (next: { locks: PlanLock[]; held?: PlanLock[] }) => {
      if (postingId) void savePlanChoices(postingId, next);
    },
    [postingId],
  );
  // Lock and unlock keep what a swap held; "Unlock all" starts the plan afresh.
  return {
    plan,
    locks,
    lock: (slot) => plan && write({ locks: lockSlot(locks, plan, slot), held }),
    unlock: (slot) => write({ locks: unlockSlot(locks, slot), held }),
    swap: (slot, storyId) => plan && write(swapInto(locks, plan, slot, storyId)),
    clearLocks: () => write({ locks: [] }),
  };
}
