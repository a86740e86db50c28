import { describe, expect, it } from 'vitest';
import type { Bank } from '../../../lib/backup/bank-schema';
import {
  bankFingerprint,
  describeImpact,
  impactsAnything,
  replaceImpact,
} from '../../../lib/backup/replace-impact';
import { makeStory } from '../loop/make-analysis';

const profile = {
  currentRole: 'SDE',
  yearsExperience: 4,
  domain: 'logistics',
  targetLevel: 'L5',
  amazonProducts: [],
  reason: '',
  extra: '',
};

const bank = (over: Partial<Bank> = {}): Bank => ({
  stories: [
    makeStory('a', ['ownership'], { title: 'Nightly report' }),
    makeStory('b', ['dive-deep'], { title: 'Cache stampede' }),
    makeStory('c', ['frugality'], { title: 'Cheaper build farm' }),
  ],
  profile,
  postings: [],
  plans: [],
  ...over,
});

describe('what Replace everything would remove or overwrite', () => {
  it('names the stories the file lacks and the ones its older copy overwrites', () => {
    const current = bank();
    const [a, b] = current.stories;
    const incoming = bank({
      stories: [a!, { ...b!, action: 'I added a lock around the refill.' }],
    });
    const impact = replaceImpact(current, incoming);
    expect(impact.removed.stories).toBe(1);
    expect(impact.changed.stories).toBe(1);
    expect(impact.removedStories).toEqual(['Cheaper build farm']);
    expect(impact.changedStories).toEqual(['Cache stampede']);
    expect(impactsAnything(impact)).toBe(true);
    expect(describeImpact(impact)).toBe(
      "Replace everything will remove 1 story (“Cheaper build farm”), which the file does not have, and overwrite 1 story (“Cache stampede”) with the file's copies. This cannot be undone.",
    );
  });

  it('counts a profile the file lacks as removed and names the recordings it replaces', () => {
    const impact = replaceImpact(bank(), bank({ profile: null, recordings: [] }));
    expect(impact.removed.profile).toBe(1);
    expect(impact.changed.profile).toBe(0);
    expect(describeImpact(impact)).toBe(
      'Replace everything will remove your profile, which the file does not have, and replace your kept recordings (the file holds none). This cannot be undone.',
    );
  });

  it('shortens a long list of removed stories to three titles and a count', () => {
    const current = bank({
      stories: ['d', 'e', 'f', 'g', 'h'].map((id) =>
        makeStory(id, ['ownership'], { title: `Story ${id.toUpperCase()}` }),
      ),
    });
    const impact = replaceImpact(current, bank({ stories: [] }));
    expect(describeImpact(impact)).toBe(
      'Replace everything will remove 5 stories (“Story D”, “Story E”, “Story F” and 2 more), which the file does not have. This cannot be undone.',
    );
  });

  it('finds nothing to say about a file identical to the bank', () => {
    const impact = replaceImpact(bank(), bank());
    expect(impactsAnything(impact)).toBe(false);
    expect(impact.removedStories).toEqual([]);
    expect(impact.changedStories).toEqual([]);
  });

  it('fingerprints the bank the question described, and a later edit changes it', () => {
    const current = bank();
    expect(replaceImpact(current, bank()).state).toBe(bankFingerprint(bank()));
    const edited = bank({ profile: { ...profile, currentRole: 'Senior SDE' } });
    expect(bankFingerprint(edited)).not.toBe(bankFingerprint(current));
  });
});
