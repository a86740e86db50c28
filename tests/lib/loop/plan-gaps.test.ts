import { describe, expect, it } from 'vitest';
import { gapMessage } from '@/lib/loop/plan-gaps';
import { principles } from '@/lib/principles/catalogue';
import { nameInSentence } from '@/lib/text/name-list';

describe('gapMessage', () => {
  it('names the principle and the kind of story that would fill the slot', () => {
    const frugality = principles.find((p) => p.id === 'frugality')!;
    expect(gapMessage('frugality')).toBe(
      `No story for Frugality: write one about ${frugality.storyPrompt}`,
    );
  });

  it('has a message for every principle', () => {
    for (const p of principles)
      expect(gapMessage(p.id)).toMatch(
        new RegExp(
          `^No story for ${nameInSentence(p.name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: write one`,
        ),
      );
  });

  it('quotes a name whose own comma or semicolon would split the sentence (issue 20)', () => {
    expect(gapMessage('are-right-a-lot')).toMatch(/^No story for “Are Right, A Lot”: write one/);
    expect(gapMessage('have-backbone-disagree-and-commit')).toMatch(
      /^No story for “Have Backbone; Disagree and Commit”: write one/,
    );
  });
});
