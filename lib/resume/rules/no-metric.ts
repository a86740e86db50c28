import { findMetrics } from '../metric';
import type { BulletRule } from '../schema';

/**
 * no-metric: the bullet states no measurable result (see metric.ts for what counts).
 * Amazon's screen looks for results; a number makes the scale and the impact concrete.
 * The suggestion asks the question that would produce one, fitted to the bullet's verb.
 * Known false positives: bullets whose result is qualitative by nature (an award title).
 */
export const noMetric: BulletRule = {
  id: 'no-metric',
  check({ text, opener }) {
    if (findMetrics(text).length > 0) return undefined;
    const about = /\b(latency|speed|fast|slow|performance|time|load)\b/i.test(text)
      ? 'How much faster, in ms or %?'
      : /\b(cost|spend|budget|revenue|sales|saving)/i.test(text)
        ? 'How much money, per month or year?'
        : /\b(users?|customers?|clients?|students?|people|team|members?)\b/i.test(text)
          ? 'For how many people?'
          : opener.kind === 'strong' &&
              /^(led|managed|mentored|coached|trained)$/i.test(opener.word)
            ? 'How many people, over how long?'
            : 'By how much? For how many? How fast?';
    return {
      rule: 'no-metric',
      severity: 'warning',
      message: 'No measurable result: add a number that shows scale or impact.',
      suggestion: `${about} e.g. "… cutting build time by 40%" or "… used by 2,000 students".`,
    };
  },
};
