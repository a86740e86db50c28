import { describe, expect, it } from 'vitest';
import { debriefLabel } from '../../../../lib/practice/mock-loop/debrief';
import { mockLoopMarkdown } from '../../../../lib/practice/mock-loop/markdown';
import type { MockRound } from '../../../../lib/practice/mock-loop/rounds';
import { answerQuestion, startMockLoop } from '../../../../lib/practice/mock-loop/state';
import { strongAnswer, weakAnswer } from './sample-answers';

const round = (name: string, kind: MockRound['kind'], lp: MockRound['lps'][number]): MockRound => ({
  name,
  kind,
  interviewer: kind === 'bar-raiser' ? 'Bar Raiser' : `${name} interviewer`,
  about: '',
  lps: [lp],
  questions: [{ principleId: lp, text: `A question about ${lp}?`, plannedStoryId: '' }],
});

const start = (postingTitle = 'SDE II') =>
  startMockLoop({
    id: 'm1',
    postingId: 'p1',
    postingTitle,
    rounds: [
      round('Hiring manager', 'behavioral', 'ownership'),
      round('Bar Raiser', 'bar-raiser', 'dive-deep'),
    ],
    now: Date.UTC(2026, 10, 30, 9),
  });

const interruption = {
  reason: 'we-without-i' as const,
  question: 'What was your part?',
  basis: 'We had a project',
  atChars: 40,
  atMs: 9_000,
  answer: 'I ran the meetings.\nI wrote the notes.',
};

describe('mockLoopMarkdown', () => {
  it('writes an unfinished loop: answers quoted, interruptions, the question still to answer', () => {
    const loop = answerQuestion(
      start(''),
      { text: 'I took the retry code on myself.', elapsedMs: 1, interruptions: [interruption] },
      1,
    );
    expect(mockLoopMarkdown(loop)).toBe(
      [
        '# Mock loop: a saved posting (2026-11-30)',
        '',
        '## Hiring manager',
        '',
        'Interviewer: Hiring manager interviewer. Principles: Ownership.',
        '',
        '**Q: A question about ownership?**',
        '',
        '> I took the retry code on myself.',
        '',
        '*Interruption:* What was your part?',
        '',
        '> I ran the meetings.',
        '> I wrote the notes.',
        '',
        '## Bar Raiser',
        '',
        'Interviewer: Bar Raiser. Principles: Dive Deep.',
        '',
        '**Q: A question about dive-deep?**',
        '',
        '_Not answered yet._',
        '',
        '## Debrief',
        '',
        '_The loop is not finished yet._',
        '',
      ].join('\n'),
    );
  });

  it.each(['', '   '])('marks an empty answer (%j) as given with none', (text) => {
    const loop = answerQuestion(start(), { text, elapsedMs: 1, interruptions: [] }, 1);
    expect(mockLoopMarkdown(loop)).toContain(
      '**Q: A question about ownership?**\n\n> (no answer)\n',
    );
  });

  it('writes the debrief under its practice-estimate label, with votes and quoted evidence', () => {
    let loop = answerQuestion(
      start(),
      { text: strongAnswer, elapsedMs: 60_000, interruptions: [] },
      1,
    );
    loop = answerQuestion(loop, { text: weakAnswer, elapsedMs: 60_000, interruptions: [] }, 2);
    const md = mockLoopMarkdown(loop);
    const debrief = md.slice(md.indexOf('## Debrief'));
    expect(
      debrief.startsWith(`## Debrief\n\n_${debriefLabel}_\n\n### Hiring manager: Inclined\n`),
    ).toBe(true);
    expect(debriefLabel).toBe(
      "A practice estimate from LoopReady's own checks of your answers. It is not a prediction of Amazon's decision.",
    );
    expect(debrief).toContain(
      '- **Ownership: Inclined**\n  - Evidence: “No team owned the payment retry code”\n',
    );
    expect(debrief).toContain('### Bar Raiser: Not Inclined\n\n- **Dive Deep: Not Inclined**\n');
    expect(debrief).toContain(
      '  - Missing: No result: the answer did not say what changed because of you.\n',
    );
    expect(debrief).toContain(
      '**Bar Raiser: Not Inclined (would veto).** The Bar Raiser did not see Dive Deep, and would veto though the other rounds lean Inclined.\n',
    );
    expect(debrief).toContain(
      '### Practise next\n\n1. Dive Deep: end the answer on the result, with a number.\n',
    );
    expect(md.endsWith('\n')).toBe(true);
    expect(md).not.toMatch(/\n{3}/);
  });
});
