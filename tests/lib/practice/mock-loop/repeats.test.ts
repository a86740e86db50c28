import { describe, expect, it } from 'vitest';
import { earlierTelling, sameStory } from '../../../../lib/practice/mock-loop/repeats';

const first =
  'When our checkout latency doubled before Singles Day, I profiled the Postgres queries, found three missing indexes and cut p99 latency from 900ms to 210ms in four days.';
const retold =
  'Before Singles Day the checkout latency doubled; I profiled Postgres, added the three missing indexes, and p99 latency fell from 900ms to 210ms.';
const other =
  'I disagreed with my manager about dropping the offline mode, wrote a one-page memo with usage figures, and we kept it for the field technicians.';

describe('sameStory', () => {
  it('reads a retelling with the same names and numbers as the same story', () => {
    expect(sameStory(first, retold)).toBe(true);
  });

  it('reads a different project as another story, and an empty answer as none', () => {
    expect(sameStory(first, other)).toBe(false);
    expect(sameStory('', first)).toBe(false);
  });
});

describe('earlierTelling', () => {
  const told = [
    { round: 1, roundName: 'Bar raiser', text: first },
    { round: 2, roundName: 'Hiring manager', text: other },
  ];

  it('names the earlier round where the story was told, and how it opened', () => {
    const hit = earlierTelling(told, 3, retold);
    expect(hit?.round).toBe(1);
    expect(hit?.roundName).toBe('Bar raiser');
    expect(hit?.opening.startsWith('When our checkout latency doubled')).toBe(true);
  });

  it('looks only at rounds before this one', () => {
    expect(earlierTelling(told, 1, retold)).toBeNull();
    expect(earlierTelling(told, 3, 'I set up the on-call rota for a new team of four.')).toBeNull();
  });
});
