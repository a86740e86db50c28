import { describe, expect, it } from 'vitest';
import { findMetric } from '../../../lib/stories/metric';

describe('findMetric', () => {
  it.each([
    ['Cart abandonment fell 12%.', '12%'],
    ['Saved $40k a year.', '$40k'],
    ['p99 latency dropped to 900 ms.', '900 ms'],
    ['Error rate went from 3 to 0.5 per day.', 'from 3 to 0.5'],
    ['Throughput doubled within the quarter.', 'doubled'],
    ['Adopted by twelve teams across the org.', 'twelve teams'],
    ['Onboarded 300 new sellers.', '300 new sellers'],
    ['The build is 3x faster.', '3x'],
  ])('finds the outcome in "%s"', (text, expected) => {
    expect(findMetric(text)).toContain(expected);
  });

  it.each([
    'Customers were much happier afterwards.',
    'The team adopted the new process.',
    'One of my colleagues took it over in 2023.',
    '',
  ])('finds no outcome in "%s"', (text) => {
    expect(findMetric(text)).toBeNull();
  });
});
