import { hostileMetricText } from '../../fixtures/hostile-text';
import { describe, expect, it } from 'vitest';
import { findMetrics, hasMetric, quoteMetric } from '../../../lib/text/metric';

describe('findMetrics', () => {
  it.each([
    ['Cut costs by 30%', ['30%']],
    ['Saved $4.5M', ['$4.5M']],
    ['Made it 3x faster', ['3x']],
    ['Team of five', ['five']],
    ['Handled 10k QPS', ['10k']],
    ['From 900 ms to 120 ms', ['900', '120']],
    ['Took 2nd place', ['2nd']],
    ['Doubled revenue', ['Doubled']],
    ['R2 from 0.65 to R2=0.85', ['0.65', 'R2=0.85']],
    ['Imported the 48,200-record catalogue', ['48,200-record']],
    ['Launched in 12 countries', ['12']],
    ['Brought pages to zero', ['to zero']],
    ['Cut the bill in half', ['in half']],
  ])('finds the metric in "%s"', (text, found) => {
    expect(findMetrics(text)).toEqual(found);
  });
  it.each([
    'Python 3 and Java 17',
    'S3, EC2, GPT-4, C++11, 2FA and HTML5',
    'Windows 11 laptops',
    'Graduated May 2021',
    'CS 101 and COMP 2402',
    'Used a 3rd party SDK',
    '2017-2019 and 2017-18',
    'Ubuntu 22.04 and v1.2.3',
    'Built a 3D viewer with Porter Five Forces',
    'Upgraded to Java 17 services',
    'Moved logs to S3 and jobs to EC2',
    'A 64-bit build with 2-factor login on a 3-tier stack',
    'An RFC 9112-compliant server',
  ])('finds no metric in "%s"', (text) => {
    expect(hasMetric(text)).toBe(false);
  });
});

describe('findMetrics on results written in words', () => {
  it.each([
    ['Promoted to shift lead after one year on the floor', ['one year']],
    ['Cleared a six-month backlog of refund claims', ['six-month']],
    ['Closed the audit with zero reconciliation breaks', ['zero']],
    ['Delivered the payroll cutover one day early', ['one day']],
    ['Answered every escalation within a week', ['a week']],
    ['Ran zero-downtime schema changes for the orders table', ['zero-downtime']],
  ])('finds the measure in "%s"', (text, found) => {
    expect(findMetrics(text)).toEqual(found);
  });
  it.each([
    'Designed a zero trust network for the lab',
    'Trained a zero-shot intent classifier',
    'Modelled the grid for net zero emissions',
    'Met the client once a week',
    'Joined a team of analysts',
    'Wrote the Ten-Year Plan Review',
    'One of the maintainers of the parser',
  ])('finds no measure in "%s"', (text) => {
    expect(hasMetric(text)).toBe(false);
  });
  it('counts a Result told in words, as a story Result is checked', () => {
    expect(hasMetric('We shipped one week ahead of the freeze.')).toBe(true);
    expect(hasMetric('The close finished with zero manual adjustments.')).toBe(true);
  });
});

// Story Results go through the same detector as resume bullets (stories/checks.ts).
describe('hasMetric on a story Result', () => {
  it.each([
    'Cart abandonment fell 12%.',
    'Saved $40k a year.',
    'p99 latency dropped to 900 ms.',
    'Error rate went from 3 to 0.5 per day.',
    'Throughput doubled within the quarter.',
    'Adopted by twelve teams across the org.',
    'Onboarded 300 new sellers.',
    'The build is 3x faster.',
  ])('finds the outcome in "%s"', (text) => {
    expect(hasMetric(text)).toBe(true);
  });

  it.each([
    'Customers were much happier afterwards.',
    'The team adopted the new process.',
    'One of my colleagues took it over in 2023.',
    '',
  ])('finds no outcome in "%s"', (text) => {
    expect(hasMetric(text)).toBe(false);
  });
});

describe('quoteMetric', () => {
  it.each([
    ['Cart abandonment fell 12%.', 'Cart abandonment fell 12%'],
    ['We shipped on time. Adopted by twelve teams.', 'Adopted by twelve teams'],
    [
      'After a long quarter of careful work with the whole team and our vendors, p99 latency finally dropped to 900 ms for every region we serve.',
      'and our vendors, p99 latency finally dropped to 900 ms for every region we serve',
    ],
    ['Customers were much happier.', null],
  ])('quotes "%s" as %j', (text, quote) => {
    expect(quoteMetric(text)).toBe(quote);
  });
});

describe('findMetrics on pasted logs and tables', () => {
  // Their speed is the `hostile` benchmark's (hostile_metric_max_ms); here, what is quoted back.
  it.each(Object.entries(hostileMetricText))(
    'quotes at most a short phrase from 100,000 %s',
    (_name, text) => {
      findMetrics(text);
      expect((quoteMetric(text) ?? '').length).toBeLessThanOrEqual(200);
    },
  );
  it('quotes the clause around a number in an ordinary sentence', () => {
    expect(quoteMetric('After the rewrite, p99 latency dropped to 900 ms.')).toBe(
      'After the rewrite, p99 latency dropped to 900 ms',
    );
  });
});

describe('metricWithUnit', () => {
  it('says a bare number with the word it counts, and leaves units and ranges alone', async () => {
    const { metricWithUnit } = await import('../../../lib/text/metric');
    expect(metricWithUnit('Over 18 months the error rate fell.')).toBe('18 months');
    expect(metricWithUnit('Late invoices fell from 30 to 4 a month.')).toBe('30');
    expect(metricWithUnit('Costs fell by 40%.')).toBe('40%');
    expect(metricWithUnit('It went fine.')).toBeNull();
  });
});
