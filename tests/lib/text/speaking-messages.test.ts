import { describe, expect, it, vi } from 'vitest';
import type * as Speaking from '../../../lib/text/speaking';

// Messages quote the speaking marks from lib/text/speaking.ts, never as typed numbers: with the
// marks moved to 90 s and 3 minutes, every message below must say so.
vi.mock('../../../lib/text/speaking', async (importOriginal) => {
  const real = await importOriginal<typeof Speaking>();
  return {
    ...real,
    targetSeconds: 90,
    maxSeconds: 180,
    spoken: {
      ...real.spoken,
      max: real.formatMark(180),
      maxShort: real.formatSeconds(180),
      target: real.formatMark(90),
    },
  };
});

const { readTimer } = await import('../../../lib/practice/timer');
const { lengthChecks } = await import('../../../lib/opener/opener-checks');
const { weakReasons } = await import('../../../lib/stories/checks');
const { prepBlocks } = await import('../../../lib/prep/prep-blocks');
const { recruiterScreen } = await import('../../../lib/process/process-data');

describe('messages built from the speaking marks', () => {
  it('the practice timer names the marks it uses', () => {
    expect(readTimer(100_000).message).toMatch(/^90 s: land the result/);
    expect(readTimer(185_000).message).toMatch(/^3 min: stop/);
  });

  it('the opener length check quotes the limit', () => {
    const [check] = lengthChecks(500, 200, 'short');
    expect(check?.message).toContain('keep it under 3 minutes');
  });

  it('a weak story and the prep plan quote the limit', () => {
    expect(weakReasons({ findings: [{ id: 'too-long' }] as never })).toEqual([
      'over 3 min to tell',
    ]);
    expect(prepBlocks.find((b) => b.id === 'record')?.detail).toContain('under 3 minutes?');
    expect(recruiterScreen.what).toContain('under 3 minutes');
  });
});
