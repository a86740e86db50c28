import { describe, expect, it } from 'vitest';
import { loadNlp, nlpEngine } from '../../../lib/nlp/engine';
import { lintBullet } from '../../../lib/resume/lint-bullet';

// This file must not load compromise before its first check: it covers the word-list path and
// the switch to the full tagger in one process (each vitest file gets fresh module state).
const rules = (text: string) => lintBullet(text).findings.map((f) => f.rule);

describe('lintBullet before and after the NLP engine loads', () => {
  it('re-checks a cached bullet with the full tagger once compromise has loaded', async () => {
    expect(nlpEngine()).toBeUndefined();
    // Word lists alone do not know "sought" or "ideate".
    expect(rules('Sought funding from 3 investors')).toContain('no-action-verb');
    expect(rules('Ideate 3 features')).toContain('no-action-verb');

    await loadNlp();

    // Same strings, so the same cache entries if the cache ignored the engine's state.
    expect(rules('Sought funding from 3 investors')).not.toContain('no-action-verb');
    const ideate = rules('Ideate 3 features');
    expect(ideate).toContain('tense');
    expect(ideate).not.toContain('no-action-verb');
  });
});
