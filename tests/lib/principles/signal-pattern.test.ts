import { describe, expect, it } from 'vitest';
import { compileSignals } from '../../../lib/principles/signal-pattern';

const matches = (signal: string, text: string): string | null => {
  const { regex } = compileSignals([signal]);
  regex.lastIndex = 0;
  return regex.exec(text)?.[0] ?? null;
};

describe('compileSignals', () => {
  it.each([
    ['customer', 'Our Customers love it', 'Customers'],
    ['analyze', 'while analyzing logs', 'analyzing'],
    ['analyze', 'she analyzed it', 'analyzed'],
    ['simplify', 'we simplified the flow', 'simplified'],
    ['simplify', 'it simplifies setup', 'simplifies'],
    ['fast-paced', 'a fast paced team', 'fast paced'],
    ['root cause', 'found the root-causes', 'root-causes'],
    ['kpi', 'owns the KPIs', 'KPIs'],
    ['mentor', 'mentoring new hires', 'mentoring'],
    ['earth', "the Earth's climate", 'Earth'],
  ])('"%s" matches in "%s"', (signal, text, expected) => {
    expect(matches(signal, text)).toBe(expected);
  });

  it.each([
    ['data', 'a database migration'],
    ['lean', 'we cleaned it up'],
    ['ship', 'a long friendship'],
    ['bug', 'debugging'],
  ])('"%s" does not match inside another word in "%s"', (signal, text) => {
    expect(matches(signal, text)).toBeNull();
  });

  it('prefers the longer phrase when two signals start at the same word', () => {
    const { regex, signals } = compileSignals(['customer', 'customer experience']);
    const m = regex.exec('improve the customer experience today')!;
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    expect(signals[group - 1]).toBe('customer experience');
  });

  it('escapes regex characters in signals', () => {
    expect(matches('c++', 'we write c++ daily')).toBe('c++');
  });
});
