import { describe, expect, it, vi } from 'vitest';

describe('loadNlp', () => {
  it('loads compromise once and then hands it out', async () => {
    vi.resetModules();
    const engine = await import('@/lib/nlp/engine');
    expect(engine.nlpEngine()).toBeUndefined();
    const first = engine.loadNlp();
    expect(engine.loadNlp()).toBe(first);
    await first;
    expect(engine.nlpEngine()?.('Shipped the release.').has('#PastTense')).toBe(true);
  });

  it('lets the resume checks answer from word lists before it has loaded, without caching those guesses', async () => {
    vi.resetModules();
    const resume = await import('@/lib/nlp/resume');
    const engine = await import('@/lib/nlp/engine');
    expect(resume.firstWordClass('Managing the team')).toBe('gerund');
    expect(resume.firstWordClass('Research assistant')).toBe('other');
    await engine.loadNlp();
    expect(resume.firstWordClass('Research assistant')).not.toBe('other');
  });
});
