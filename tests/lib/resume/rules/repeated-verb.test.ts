import { describe, expect, it } from 'vitest';
import { readOpener } from '../../../../lib/resume/first-word';
import { repeatedVerbFindings } from '../../../../lib/resume/rules/repeated-verb';

const openers = (bullets: string[]) => bullets.map(readOpener);

describe('repeatedVerbFindings', () => {
  it('flags the third "Developed" and offers alternatives', () => {
    const found = repeatedVerbFindings(
      openers(['Developed A', 'Developed B', 'Built C', 'Developed D', 'developing E']),
    );
    expect(found.slice(0, 3)).toEqual([undefined, undefined, undefined]);
    expect(found[3]?.message).toBe('"Developed" opens 4 bullets; this is use 3.');
    expect(found[3]?.suggestion).toContain('"Engineered"');
    expect(found[4]?.message).toContain('use 4');
  });
  it('does not flag two uses or weak openers', () => {
    expect(
      repeatedVerbFindings(openers(['Led A', 'Led B', 'Helped C', 'Helped D', 'Helped E'])),
    ).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});
