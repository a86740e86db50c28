import { describe, expect, it } from 'vitest';
import { gapMessage } from '@/lib/loop/plan-gaps';
import { principles } from '@/lib/principles/catalogue';

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
        new RegExp(`^No story for ${p.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: write one`),
      );
  });
});
