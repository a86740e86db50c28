import { describe, expect, it } from 'vitest';
import { planToMarkdown } from '../../../lib/loop/plan-markdown';
import { planRounds } from '../../../lib/loop/plan-rounds';
import { makeAnalysis, makeStory, sdeLoop } from './make-analysis';

describe('planToMarkdown', () => {
  const stories = [
    makeStory('a', ['ownership'], { title: 'Pager *rotation*', project: 'Infra' }),
    makeStory('b', ['think-big'], { title: 'Spare story' }),
  ];
  const analysis = makeAnalysis(['ownership', 'frugality'], { phone: false, loop: [sdeLoop[3]!] });
  const md = planToMarkdown(planRounds(stories, analysis), stories, 'SDE II');

  it('has a heading per round and a line per slot, with the story or the gap', () => {
    expect(md).toContain('# Interview plan: SDE II\n');
    expect(md).toContain('## Bar Raiser\n');
    expect(md).toContain('- **Ownership**: Pager \\*rotation\\* (Infra)\n');
    expect(md).toContain('- **Frugality**: **gap**\n');
  });

  it('lists the gaps with what to write, and the backups', () => {
    expect(md).toContain(
      '- Bar Raiser: No story for Frugality: write one about a time you delivered with less\n',
    );
    expect(md).toMatch(/## Backups\n\n- Spare story\n$/);
  });
});
