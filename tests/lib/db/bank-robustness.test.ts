import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportBank, importBank } from '../../../lib/db/bank';
import { LoopReadyDb, useDb } from '../../../lib/db/db';
import { addStory } from '../../../lib/db/stories';
import { emptyDraft } from '../../../lib/stories/schema';

// Random and mutated files at the importer: none throws, and a rejected file loses nothing stored.
beforeEach(async () => {
  useDb(new LoopReadyDb(`test-${Math.random()}`));
  await addStory(
    {
      ...emptyDraft(),
      title: 'Kept',
      situation: 'S.',
      task: 'T.',
      action: 'A.',
      result: 'R.',
      lps: ['ownership'],
    },
    1,
  );
});

/** Changes one value somewhere inside a JSON value. */
function mutate(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return replacement;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return replacement;
  const [key, child] = entries[path[0]! % entries.length]!;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value)
    ? [...value]
    : { ...value };
  (copy as Record<string, unknown>)[key] = mutate(child, path.slice(1), replacement);
  return copy;
}

describe('importBank on arbitrary files', () => {
  it('never throws and, when it refuses a file, leaves the bank exactly as it was', async () => {
    const before = await exportBank(new Date(0));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.anything(),
          fc
            .array(fc.nat({ max: 20 }), { maxLength: 5 })
            .chain((path) => fc.anything().map((replacement) => mutate(before, path, replacement))),
        ),
        async (file) => {
          const outcome = await importBank(file, 'replace');
          if (!outcome.ok) {
            expect(outcome.error.length).toBeGreaterThan(0);
            expect(await exportBank(new Date(0))).toEqual(before);
          } else {
            // An accepted file replaced the bank: put the original back for the next run.
            await importBank(before, 'replace');
          }
        },
      ),
      { numRuns: 120 },
    );
  });
});
