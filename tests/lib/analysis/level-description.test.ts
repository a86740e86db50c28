import { describe, expect, it } from 'vitest';
import { descriptionLevel } from '../../../lib/analysis/level-description';
import type { LevelBand } from '../../../lib/families/ids';

describe('descriptionLevel', () => {
  it.each<[string, LevelBand]>([
    ['We are looking for a Software Development Engineer II to build the checkout.', 'L5'],
    ['As a Software Dev Engineer II in this team, you will define features.', 'L5'],
    ['The team is looking for a Senior Technical Program Manager (TPM) to run launches.', 'L6'],
    ['A Software Development Engineer-III on the team is an autonomous contributor.', 'L6'],
  ])('reads the level named in "%s"', (text, band) => {
    expect(descriptionLevel(text, 'software-engineer')?.band).toBe(band);
  });

  it.each([
    'Our brand offers a superior level of convenience.',
    'You will work with a senior leader from finance.',
    'As an SDE with the team, you will build services.',
    'Reporting to the Senior Software Development Manager, you will lead.',
  ])('finds no level in "%s"', (text) => {
    expect(descriptionLevel(text, 'software-engineer')).toBeNull();
  });

  it('quotes the phrase it read', () => {
    expect(
      descriptionLevel('We are hiring a Sr. Data Scientist to join us.', 'data-scientist')?.reason,
    ).toBe('The description names the role “Sr. Data Scientist”, which says “Sr.”: L6.');
  });
});
