import { useLiveQuery } from 'dexie-react-hooks';
import { listMockLoops, saveMockLoop } from '@/lib/db/mock-loops';
import type { MockLoop } from '@/lib/practice/mock-loop/schema';

export interface MockLoopsApi {
  /** Every kept mock loop, last touched first; undefined while loading. */
  loops: MockLoop[] | undefined;
  save: (loop: MockLoop) => Promise<MockLoop>;
}

/** Mock loops from IndexedDB, live. */
export function useMockLoops(): MockLoopsApi {
  const loops = useLiveQuery(listMockLoops, []);
  return { loops, save: saveMockLoop };
}
