import { describe, expect, it } from 'vitest';
import { answerClauses, partShares } from '@/lib/practice/answer-parts';

describe('answerClauses', () => {
  it('reads set-up, task, action and result from an answer told in order', () => {
    const clauses = answerClauses(
      'Our nightly import kept failing. My task was to make it reliable. ' +
        'I added retries and I split the file into chunks, which cut failures from 12 a week to 1.',
    );
    expect(clauses.map((c) => [c.part, c.text])).toEqual([
      ['situation', 'Our nightly import kept failing'],
      ['task', 'My task was to make it reliable'],
      ['action', 'I added retries and I split the file into chunks'],
      ['result', 'which cut failures from 12 a week to 1'],
    ]);
  });

  it('does not read "I was" background as an action', () => {
    expect(answerClauses('I was the only analyst on the team.')[0]?.part).toBe('situation');
  });

  it('keeps a number told before any action in the Situation, not the Result', () => {
    expect(answerClauses('We had 40 outages a month. I rebuilt the alerting.')[0]?.part).toBe(
      'situation',
    );
  });
});

describe('partShares', () => {
  it('gives each STAR part its share of the words, zero for parts not told', () => {
    const shares = partShares(answerClauses('The build was slow. I cached the dependencies.'));
    expect(shares.map((s) => [s.part, s.words])).toEqual([
      ['situation', 4],
      ['task', 0],
      ['action', 4],
      ['result', 0],
    ]);
    expect(shares[0]!.share).toBe(0.5);
  });
});
