import { describe, expect, it } from 'vitest';
import { findMetrics, hasMetric } from '../../../lib/resume/metric';

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
  ])('finds no metric in "%s"', (text) => {
    expect(hasMetric(text)).toBe(false);
  });
});
