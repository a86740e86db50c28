import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  describeDay,
  isWeekend,
  localDay,
  parseDay,
} from '../../../lib/prep/dates';

describe('dates', () => {
  it('rejects things that are not calendar days', () => {
    expect(parseDay('2026-02-29')).toBeNull();
    expect(parseDay('3/4/2026')).toBeNull();
    expect(parseDay('2028-02-29')).not.toBeNull();
  });
  it('adds days across months and a daylight-saving change', () => {
    expect(addDays('2026-03-28', 3)).toBe('2026-03-31');
    expect(addDays('2026-03-31', 1)).toBe('2026-04-01');
    expect(daysBetween('2026-03-20', '2026-04-02')).toBe(13);
    expect(daysBetween('2026-03-20', '2026-03-19')).toBe(-1);
  });
  it('knows weekends and writes short day names', () => {
    expect(isWeekend('2026-03-07')).toBe(true);
    expect(isWeekend('2026-03-09')).toBe(false);
    expect(describeDay('2026-03-09', 'en-GB')).toBe('Mon 9 Mar');
    // One style, the user's: the same day in the browser's own locale (issue 20).
    expect(describeDay('2026-03-09', 'en-US')).toBe('Mon, Mar 9');
    expect(describeDay('2026-12-04', 'en-GB', true)).toBe('Fri, 4 Dec 2026');
  });
  it('reads the local calendar day of a Date', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
