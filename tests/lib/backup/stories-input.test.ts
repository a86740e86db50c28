import { describe, expect, it } from 'vitest';
import { buildExport } from '../../../lib/backup/import-export';
import { parseStoriesInput } from '../../../lib/backup/stories-input';
import { makeStory } from '../loop/make-analysis';

const minimal = {
  id: 's1',
  title: 'T',
  situation: 'S',
  task: 'T',
  action: 'A',
  result: 'R',
  lps: ['ownership'],
};

describe('parseStoriesInput', () => {
  it('reads a JSON array of minimal stories', () => {
    const r = parseStoriesInput([minimal]);
    expect(r.ok && r.stories[0]).toMatchObject({ id: 's1', project: '', tags: [] });
  });

  it('reads the stories of an export file and of { stories: [...] }', () => {
    const file = buildExport(
      { stories: [makeStory('x', ['frugality'])], profile: null, postings: [], plans: [] },
      new Date(0),
    );
    const fromFile = parseStoriesInput(JSON.parse(JSON.stringify(file)));
    expect(fromFile.ok && fromFile.stories.map((s) => s.id)).toEqual(['x']);
    const wrapped = parseStoriesInput({ stories: [minimal] });
    expect(wrapped.ok && wrapped.stories.length).toBe(1);
  });

  it.each([
    [
      [minimal, { ...minimal, id: 's2', lps: ['ownersihp'] }],
      "stories[1].lps[0]: unknown principle 'ownersihp'",
    ],
    [[{ ...minimal, action: undefined }], 'stories[0].action: required'],
    [[minimal, minimal], "stories[1].id: duplicate id 's1' (also stories[0])"],
    [
      [
        minimal,
        minimal,
        { ...minimal, id: 's3' },
        { ...minimal, id: 's4' },
        { ...minimal, id: 's5', lps: ['ownersihp'] },
      ],
      "stories[1].id: duplicate id 's1' (also stories[0])",
    ],
    [
      [{ ...minimal, lps: ['ownersihp'] }, minimal],
      "stories[0].lps[0]: unknown principle 'ownersihp'",
    ],
    ['stories', 'expected a JSON array of stories or a LoopReady export file'],
    [{ stories: 5 }, 'stories: expected an array of stories'],
    [{ format: 'loopready-export', version: 3 }, /^the file is version 3, from a newer LoopReady/],
  ])('rejects %j', (input, message) => {
    const r = parseStoriesInput(input);
    expect(r.ok ? 'ok' : r.error).toMatch(message);
  });
});
