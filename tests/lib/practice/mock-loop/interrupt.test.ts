import { describe, expect, it } from 'vitest';
import { decideInterruption, finishedPart } from '../../../../lib/practice/mock-loop/interrupt';
import { longSetUp, strongAnswer, weakAnswer } from './sample-answers';

const at = (text: string, seconds: number, asked: never[] | string[] = []) =>
  decideInterruption({
    text,
    elapsedMs: seconds * 1000,
    principleId: 'ownership',
    asked: asked as never[],
  });

describe('decideInterruption', () => {
  it('cuts in when the Situation runs long, quoting its last sentence', () => {
    const i = at(longSetUp, 20)!;
    expect(i.reason).toBe('long-situation');
    expect(i.basis).toBe('Leadership wanted it fixed before the next audit');
    expect(longSetUp).toContain(i.basis);
    expect(i.question).toContain(`“${i.basis}”`);
    // A short set-up is left alone.
    expect(at('Our billing jobs ran late every month.', 10)).toBeNull();
  });

  it('asks for "I" when the answer says only "we", quoting the user exactly', () => {
    const i = at(weakAnswer, 20)!;
    expect(i.reason).toBe('we-without-i');
    expect(i.basis).toBe('We had a project with a lot of problems');
    expect(i.question).toBe(
      'You said “We had a project with a lot of problems”. What was your part in that, yourself?',
    );
  });

  it('asks for the result at two minutes, and not before', () => {
    const text =
      'I looked at the logs and found a slow query. Then I wrote a design for the new cache.';
    expect(at(text, 119)).toBeNull();
    const i = at(text, 121)!;
    expect(i.reason).toBe('no-result');
    expect(i.question).toContain('two minutes');
    expect(text).toContain(i.basis);
  });

  it('probes a measured claim with the user’s own words', () => {
    const i = at(strongAnswer, 50)!;
    expect(i.reason).toBe('probe-claim');
    expect(i.basis).toBe('checkout errors dropped from 4% to 0.3% within two weeks');
    expect(strongAnswer).toContain(i.basis);
  });

  it('interrupts once per reason and waits for a finished sentence', () => {
    expect(at(strongAnswer, 50, ['probe-claim'])).toBeNull();
    expect(at(weakAnswer, 20, ['we-without-i'])?.reason).not.toBe('we-without-i');
    expect(finishedPart('We shipped it. And then we')).toBe('We shipped it.');
    expect(at('We shipped it and we moved on and we kept going and we', 20)).toBeNull();
  });
});
