import { describe, expect, it } from 'vitest';
import { prepBlocks } from '../../../lib/prep/prep-blocks';
import {
  practiceDetail,
  principlesLacking,
  storiesBlock,
  unpractised,
  type PrepContext,
} from '../../../lib/prep/personal';
import type { PrincipleId } from '../../../lib/principles/ids';

const block = prepBlocks.find((b) => b.id === 'stories')!;
const asked: PrincipleId[] = ['ownership', 'dive-deep', 'frugality', 'earn-trust'];
const story = (...lps: PrincipleId[]) => ({ lps });
const six = [
  story('ownership'),
  story('dive-deep'),
  story('ownership', 'dive-deep'),
  story('customer-obsession'),
  story('deliver-results'),
  story('ownership'),
];

describe('storiesBlock', () => {
  it('6 stories written: write 2 more, for the principles the bank lacks', () => {
    const ctx: PrepContext = { stories: six, principles: asked };
    expect(principlesLacking(ctx)).toEqual(['frugality', 'earn-trust']);
    expect(storiesBlock(block, ctx).title).toBe(
      'Write 2 more STAR stories, for Frugality and Earn Trust',
    );
    expect(storiesBlock(block, ctx).detail).toContain('You have 6 of 8.');
  });

  it('asks for more than the count when more principles are missing', () => {
    const ctx: PrepContext = { stories: [...six, story('ownership')], principles: asked };
    expect(storiesBlock(block, ctx).title).toBe(
      'Write 2 more STAR stories, for Frugality and Earn Trust',
    );
    const three = { stories: six.slice(0, 5), principles: asked };
    expect(storiesBlock(block, three).title).toBe(
      'Write 3 more STAR stories, covering Frugality and Earn Trust',
    );
  });

  it('turns into a review once the bank is full and covers the loop', () => {
    const full = [...six, story('frugality'), story('earn-trust')];
    expect(storiesBlock(block, { stories: full, principles: asked }).title).toBe(
      'Polish your 8 STAR stories',
    );
  });

  it('keeps the general wording without a bank, and counts from zero with an empty one', () => {
    expect(storiesBlock(block, {})).toBe(block);
    expect(storiesBlock(block, { stories: [] }).title).toBe('Write 8 STAR stories');
  });
});

describe('practice days', () => {
  it('shares the never-practised principles out over the practice days', () => {
    const ctx: PrepContext = { principles: asked, practised: ['ownership'] };
    expect(unpractised(ctx)).toEqual(['dive-deep', 'frugality', 'earn-trust']);
    const days = [0, 1].map((k) => practiceDetail(ctx, k, 2));
    expect(days[0]).toMatch(/^Answer a question for each of Dive Deep and Frugality /);
    expect(days[1]).toMatch(
      /^Answer a question for Earn Trust with the timer running: you have not practised it yet/,
    );
  });

  it('names at most three principles a day for "Record three answers", quoting names with "and" or a comma (issue 20)', () => {
    const many: PrincipleId[] = [
      'are-right-a-lot',
      'earn-trust',
      'think-big',
      'invent-and-simplify',
      'frugality',
      'dive-deep',
      'ownership',
    ];
    const day = practiceDetail({ principles: many, practised: [] }, 0, 2)!;
    expect(day).toMatch(
      /^Answer a question for each of “Are Right, A Lot”, “Earn Trust” and “Think Big” /,
    );
    const last = practiceDetail({ principles: many, practised: [] }, 1, 2)!;
    expect(last).toMatch(/1 more you have not practised/);
  });

  it('keeps the general wording without history or when everything was practised', () => {
    expect(practiceDetail({ principles: asked }, 0, 2)).toBeNull();
    expect(practiceDetail({ principles: asked, practised: asked }, 0, 2)).toBeNull();
  });
});
