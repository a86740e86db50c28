import { describe, expect, it } from 'vitest';
import { StorySchema, storyText } from '../../../lib/stories/schema';
import { firstIssue } from '../../../lib/text/zod-issue';

const minimal = {
  id: 's1',
  title: 'Cut checkout latency',
  situation: 'Checkout was slow.',
  task: 'I owned the fix.',
  action: 'I profiled it.',
  result: 'Latency fell 40%.',
  lps: ['dive-deep'],
};

function problem(input: unknown): string {
  const r = StorySchema.safeParse(input);
  return r.success ? 'ok' : firstIssue(r.error);
}

describe('StorySchema', () => {
  it('fills project, period, tags and timestamps with defaults for a hand-written story', () => {
    expect(StorySchema.parse(minimal)).toEqual({
      ...minimal,
      project: '',
      period: '',
      tags: [],
      createdAt: 0,
      updatedAt: 0,
    });
  });

  it.each([
    [{ ...minimal, lps: ['ownersihp'] }, "lps[0]: unknown principle 'ownersihp'"],
    [{ ...minimal, lps: [] }, 'lps: tag the story with at least one principle'],
    [
      { ...minimal, lps: ['ownership', 'frugality', 'dive-deep', 'think-big'] },
      'lps: tag the story with at most 3 principles',
    ],
    [{ ...minimal, lps: ['ownership', 'ownership'] }, 'lps: a principle is listed twice'],
    [{ ...minimal, title: '  ' }, 'title: a story needs a title'],
    [{ ...minimal, result: undefined }, 'result: required'],
    [{ ...minimal, lps: undefined }, 'lps: required'],
    [{ ...minimal, action: 42 }, 'action: Invalid input: expected string, received number'],
  ])('rejects %j with "%s"', (input, message) => {
    expect(problem(input)).toBe(message);
  });

  it('accepts official principle names and ISO dates from hand-written files', () => {
    const story = StorySchema.parse({
      ...minimal,
      lps: ['Customer Obsession', 'Are Right, A Lot', "Strive to be Earth's Best Employer"],
      createdAt: '2026-01-02T00:00:00Z',
    });
    expect(story.lps).toEqual([
      'customer-obsession',
      'are-right-a-lot',
      'strive-to-be-earths-best-employer',
    ]);
    expect(story.createdAt).toBe(Date.UTC(2026, 0, 2));
  });

  it('trims text', () => {
    expect(StorySchema.parse({ ...minimal, title: '  Padded  ' }).title).toBe('Padded');
  });
});

describe('storyText', () => {
  it('joins the STAR parts in order', () => {
    expect(storyText(StorySchema.parse(minimal))).toBe(
      'Checkout was slow.\nI owned the fix.\nI profiled it.\nLatency fell 40%.',
    );
  });
});
