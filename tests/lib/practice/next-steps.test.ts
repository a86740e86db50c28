import { describe, expect, it } from 'vitest';
import { answerFeedback } from '@/lib/practice/answer-feedback';

// nextSteps is exercised through answerFeedback, which computes the facts it reads.
describe('nextSteps', () => {
  it('always gives three steps, each with a quote from the answer', () => {
    const text = 'I cleaned up the onboarding checklist. New hires were ready 2 days sooner.';
    const steps = answerFeedback({ text }).nextSteps;
    expect(steps).toHaveLength(3);
    for (const step of steps) {
      const quote = /“([^”]+)”/.exec(step)?.[1] ?? '';
      expect(text.replace(/\.\s*/g, ' ')).toContain(quote.replace(/…$/, ''));
    }
  });

  it('puts the missing result first, before style advice', () => {
    const steps = answerFeedback({ text: 'Um, I, um, rebuilt the, um, report.' }).nextSteps;
    expect(steps[0]).toMatch(/^End on the result/);
  });

  it('cuts a long quote at a whole word and marks it', () => {
    const clause =
      'I rewrote every one of the forty nightly reconciliation jobs that the finance team ran against the ledger by hand each month';
    const step = answerFeedback({ text: `${clause}.` }).nextSteps[0]!;
    expect(step).toContain(
      '“I rewrote every one of the forty nightly reconciliation jobs that the finance team…”',
    );
  });
});
