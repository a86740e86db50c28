import { describe, expect, it } from 'vitest';
import { answerFeedback } from '../../../../lib/practice/answer-feedback';
import { debriefLabel } from '../../../../lib/practice/mock-loop/debrief';
import type { MockRound } from '../../../../lib/practice/mock-loop/rounds';
import { answerQuestion, startMockLoop } from '../../../../lib/practice/mock-loop/state';
import { strongAnswer, strongRetold, weakAnswer } from './sample-answers';

const round = (name: string, kind: MockRound['kind'], lp: MockRound['lps'][number]): MockRound => ({
  name,
  kind,
  interviewer: kind === 'bar-raiser' ? 'Bar Raiser' : `${name} interviewer`,
  about: '',
  lps: [lp],
  questions: [{ principleId: lp, text: `A question about ${lp}?`, plannedStoryId: '' }],
});

const rounds = [
  round('Hiring manager', 'behavioral', 'ownership'),
  round('Coding 1', 'coding', 'customer-obsession'),
  round('Bar Raiser', 'bar-raiser', 'dive-deep'),
];

function play(texts: string[]) {
  let loop = startMockLoop({ id: 'm1', postingId: 'p1', postingTitle: 'SDE II', rounds, now: 0 });
  texts.forEach((text, i) => {
    loop = answerQuestion(loop, { text, elapsedMs: 60_000, interruptions: [] }, i + 1);
  });
  return loop;
}

describe('mock loop debrief', () => {
  it('votes Inclined on a strong answer, quoting its own words, and Not Inclined on a weak one', () => {
    const loop = play([strongAnswer, weakAnswer, strongAnswer.replace('Last spring', 'Once')]);
    expect(loop.status).toBe('finished');
    const d = loop.debrief!;
    expect(d.label).toBe(debriefLabel);
    const ownership = d.rounds[0]!.votes[0]!;
    expect(ownership.vote).toBe('inclined');
    expect(ownership.evidence).toContain('No team owned the payment retry code');
    for (const e of ownership.evidence) expect(strongAnswer).toContain(e);
    // The same feedback the practice view shows decides the vote.
    const practice = answerFeedback({ text: strongAnswer, principleId: 'ownership' });
    expect(ownership.evidence.slice(0, practice.principle!.evidence.length)).toEqual(
      practice.principle!.evidence,
    );
    const weak = d.rounds[1]!.votes[0]!;
    expect(weak.vote).toBe('not-inclined');
    expect(weak.evidence).toEqual([]);
    expect(weak.missing).toContain(
      'No result: the answer did not say what changed because of you.',
    );
    expect(weak.missing).toContain(
      '“We” outnumbered “I”, so what you did yourself was hard to hear.',
    );
    expect(d.rounds[1]!.vote).toBe('not-inclined');
  });

  it('has the Bar Raiser veto when the other rounds lean Inclined and its own does not', () => {
    const loop = play([strongAnswer, strongRetold, weakAnswer]);
    const d = loop.debrief!;
    expect(d.rounds.map((r) => r.vote)).toEqual(['inclined', 'inclined', 'not-inclined']);
    expect(d.barRaiser).toMatchObject({ vote: 'not-inclined', veto: true });
    expect(d.barRaiser!.reason).toContain('Dive Deep');
    // The retold story is noticed in the second round.
    expect(d.rounds[1]!.repeat).toContain('Hiring manager');
    expect(d.practiseNext).toHaveLength(3);
    expect(d.practiseNext[0]!.text).toContain('different story');
    expect(d.practiseNext.some((p) => p.principleId === 'dive-deep')).toBe(true);
  });
});
