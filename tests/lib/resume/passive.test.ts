import { beforeAll, describe, expect, it } from 'vitest';
import { loadNlp } from '../../../lib/nlp/engine';
import { findPassive, inFirstClause } from '../../../lib/resume/passive';

beforeAll(() => loadNlp());

describe('findPassive', () => {
  it.each([
    ['Billing service was written in Go', 'was written'],
    ['Dashboards were later adopted by three teams', 'were later adopted'],
    ['The nightly export has been rebuilt twice', 'been rebuilt'],
    ['Tickets were routed to the right queue', 'were routed'],
  ])('finds the passive in "%s"', (line, phrase) => {
    expect(findPassive(line)).toBe(phrase);
  });

  it.each([
    'Rewrote the billing service in Go',
    'The tool is used by 40 analysts',
    'Was used to working across time zones',
    'Team was based in Lisbon',
    'Hired two analysts who were trained in SQL',
    'Mentored five interns; three were promoted',
  ])('leaves "%s" alone', (line) => {
    expect(findPassive(line)).toBeUndefined();
  });
});

describe('inFirstClause', () => {
  it('is true when the passive opens the line, false after a clause break', () => {
    expect(inFirstClause('Billing service was written in Go', 'was written')).toBe(true);
    expect(inFirstClause('Planned the move; the schema was rewritten', 'was rewritten')).toBe(
      false,
    );
    expect(inFirstClause('Built a cache that was adopted by two teams', 'was adopted')).toBe(false);
  });
});
