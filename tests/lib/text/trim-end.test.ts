import { describe, expect, it } from 'vitest';
import { trimEndMatching, trimStartMatching } from '../../../lib/text/trim-end';

describe('trimEndMatching', () => {
  it('drops only the trailing run of the class', () => {
    expect(trimEndMatching('Cut costs by half. ;', /[\s.;]/)).toBe('Cut costs by half');
    expect(trimEndMatching('a.b', /[.]/)).toBe('a.b');
    expect(trimEndMatching('...', /[.]/)).toBe('');
  });

  it('reads letters outside the basic plane as letters', () => {
    expect(trimEndMatching('team 𝒜!!', /[^\p{L}\p{N}]/u)).toBe('team 𝒜');
  });

  it('keeps a long run that does not reach the end (its speed: bench trim_end_200k_ms)', () => {
    const text = `Led${'.'.repeat(100_000)}x${'.'.repeat(100_000)}`;
    expect(trimEndMatching(text, /[.]/)).toHaveLength(100_004);
  });
});

describe('trimStartMatching', () => {
  it('drops only the leading run of the class', () => {
    expect(trimStartMatching('  "- Led', /[\s"\-]/)).toBe('Led');
  });
});
