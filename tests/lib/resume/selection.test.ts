import { describe, expect, it } from 'vitest';
import { pendingSelection } from '../../../lib/resume/selection';

describe('pendingSelection', () => {
  it('keeps the selected text trimmed, with the time it was taken', () => {
    expect(pendingSelection('  Helped build X \n', 42)).toEqual({ text: 'Helped build X', at: 42 });
  });

  it.each([undefined, '', '   \n '])('has nothing to check for %j', (text) => {
    expect(pendingSelection(text, 1)).toBeUndefined();
  });

  it('refuses a selection past 100,000 characters rather than checking part of it', () => {
    expect(pendingSelection('a'.repeat(100_001), 1)).toBeUndefined();
    expect(pendingSelection('a'.repeat(100_000), 1)?.text).toHaveLength(100_000);
  });
});
