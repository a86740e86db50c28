import { describe, expect, it } from 'vitest';
import { replaceBullet } from '../../../lib/resume/edit-resume';

describe('replaceBullet', () => {
  const text = 'EXPERIENCE\n  • Helped build X\n    and more\n- Led Y';
  it('replaces the bullet lines, keeping the marker and indentation', () => {
    expect(replaceBullet(text, 1, 3, 'Built X')).toBe('EXPERIENCE\n  • Built X\n- Led Y');
  });
  it('turns typed newlines into spaces', () => {
    expect(replaceBullet(text, 3, 4, 'Led Y\nfor 3 years')).toBe(
      'EXPERIENCE\n  • Helped build X\n    and more\n- Led Y for 3 years',
    );
  });
  it('leaves the text alone for a range outside it', () => {
    expect(replaceBullet(text, 5, 6, 'x')).toBe(text);
  });
});
