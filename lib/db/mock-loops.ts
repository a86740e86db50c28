import { MockLoopSchema, type MockLoop } from '../practice/mock-loop/schema';
import { getDb } from './db';

/**
 * Mock loops: rounds, answers with their interruptions, the answer in progress when paused, and
 * the debrief. Written after each answer and on pause. "Delete all my data" clears the table.
 */

export async function saveMockLoop(loop: MockLoop): Promise<MockLoop> {
  const parsed = MockLoopSchema.parse(loop);
  await getDb().mockLoops.put(parsed);
  return parsed;
}

/** Every kept loop, last touched first; rows that no longer parse are skipped. */
export async function listMockLoops(): Promise<MockLoop[]> {
  const rows = await getDb().mockLoops.orderBy('updatedAt').reverse().toArray();
  return rows.flatMap((row) => {
    const parsed = MockLoopSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function deleteMockLoop(id: string): Promise<void> {
  await getDb().mockLoops.delete(id);
}
