import { describe, expect, it } from 'vitest';
import { checkStory, maxQuality, weakReasons } from '../../../lib/stories/checks';
import type { Story } from '../../../lib/stories/schema';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

const good: Pick<Story, 'situation' | 'task' | 'action' | 'result' | 'lps'> = {
  situation: `Our checkout page took four seconds to load during the holiday peak. ${words(30)}`,
  task: `I owned the latency goal for the quarter and had to fix it before the sale. ${words(20)}`,
  action: `I profiled the service, found a query issued once per cart line, and I rewrote it as one batch call. ${words(60)}`,
  result: 'Latency dropped from 4 s to 900 ms and cart abandonment fell 12%.',
  lps: ['customer-obsession'],
};

const ids = (story: typeof good) => checkStory(story).findings.map((f) => f.id);

describe('checkStory', () => {
  it('passes a complete, measured, first-person story of about a minute', () => {
    const checks = checkStory(good);
    expect(checks.findings).toEqual([]);
    expect(checks.quality).toBe(maxQuality);
    expect(checks.metric).toBe('Latency dropped from 4 s to 900 ms and cart abandonment fell 12%');
    expect(checks.seconds).toBeGreaterThan(30);
    expect(checks.seconds).toBeLessThan(120);
  });

  it('names each missing STAR part', () => {
    const checks = checkStory({ ...good, task: '', result: 'Done.' });
    expect(checks.missingParts).toEqual(['task', 'result']);
    expect(checks.findings.map((f) => f.message)).toContain(
      'Task is missing: every STAR part needs at least a sentence.',
    );
  });

  it('flags a Result without a measurable outcome', () => {
    expect(
      ids({ ...good, result: 'Customers were much happier and the team was proud.' }),
    ).toContain('no-metric');
  });

  it('flags an Action where "we" outnumbers "I"', () => {
    const checks = checkStory({
      ...good,
      action: `We looked at the traces, we agreed on a plan and we shipped it. I reviewed it. ${words(50)}`,
    });
    expect(checks.findings.find((f) => f.id === 'we-dominates')?.message).toBe(
      'The Action says "we" 3× and "I" 1×: say what you did.',
    );
  });

  it('flags a story over 2 minutes and says how long it is', () => {
    const checks = checkStory({ ...good, action: `I did it. ${words(300)}` });
    expect(checks.findings.find((f) => f.id === 'too-long')?.message).toMatch(
      /^About 2 min \d+ s to tell/,
    );
  });

  it('suggests principles the text shows that the story is not tagged with', () => {
    const checks = checkStory({
      ...good,
      action: `${good.action} I dug into the root cause in the logs before changing anything.`,
    });
    expect(checks.evidence.map((e) => e.id)).toContain('dive-deep');
    expect(checks.suggested).toContain('dive-deep');
    expect(checks.suggested).not.toContain('customer-obsession');
  });
});

describe('weakReasons', () => {
  it('is empty for a story that passes every check', () => {
    expect(weakReasons(checkStory(good))).toEqual([]);
  });

  it('names each failing check in a few words: no number, "we" over "I", far too short', () => {
    const weak = {
      situation: 'The launch slipped twice.',
      task: 'The team had to ship it.',
      action: 'We met daily and we fixed the bugs.',
      result: 'It shipped and people liked it.',
      lps: [],
    };
    expect(weakReasons(checkStory(weak))).toEqual([
      'no number in the Result',
      '“we” more than “I”',
      'under 30 s to tell',
    ]);
  });
});
