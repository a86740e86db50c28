import { useLiveQuery } from 'dexie-react-hooks';
import { getPrepState, setItemDone, updatePrepState } from '@/lib/db/prep';
import type { PrepState } from '@/lib/prep/prep-state-schema';
import type { StageId } from '@/lib/process/hiring-stages';

export interface PrepStateApi {
  /** undefined while loading. */
  state: PrepState | undefined;
  setInterviewDate: (date: string) => Promise<unknown>;
  setStage: (stage: StageId) => Promise<unknown>;
  setDone: (itemId: string, done: boolean) => Promise<unknown>;
}

const actions = {
  setInterviewDate: (interviewDate: string) => updatePrepState({ interviewDate }),
  setStage: (stage: StageId) => updatePrepState({ stage }),
  setDone: setItemDone,
};

/** The prep plan's saved date, ticks and stage, live. */
export function usePrepPlan(): PrepStateApi {
  const state = useLiveQuery(getPrepState, []);
  return { state, ...actions };
}
