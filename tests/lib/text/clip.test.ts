import { describe, expect, it } from 'vitest';
import { clipAtWord } from '../../../lib/text/clip';

describe('clipAtWord', () => {
  it('leaves text that fits as it is, with no mark', () => {
    expect(clipAtWord('Own the billing roadmap', 40)).toBe('Own the billing roadmap');
  });

  it('cuts at a word boundary, never inside a word, and marks the cut once', () => {
    expect(clipAtWord('Own the billing roadmap across three regions', 28)).toBe(
      'Own the billing roadmap…',
    );
  });

  it('leaves no function word or comma hanging before the mark', () => {
    expect(clipAtWord('Partner with finance, and the sales leads on pricing', 26)).toBe(
      'Partner with finance…',
    );
  });
});
