import { describe, expect, it } from 'vitest';
import {
  headingKind,
  lineKind,
  postingBlocks,
  roleDescription,
} from '../../../lib/analysis/blocks';
import type { Posting } from '../../../lib/posting/schema';

const posting = (description: string[], over: Partial<Posting> = {}): Posting => ({
  title: 'Program Manager, Pantry Logistics',
  jobId: '1',
  url: '',
  locale: 'en',
  locations: [],
  category: '',
  team: '',
  company: '',
  description: description.join('\n'),
  basicQualifications: [],
  preferredQualifications: [],
  ...over,
});

const kinds = (p: Posting) =>
  postingBlocks(p).map((b) => [b.kind, b.text.split(' ').slice(0, 3).join(' ')]);

describe('postingBlocks', () => {
  it('keeps a team mission paragraph as role text and the company pitch under its heading out', () => {
    const p = posting([
      'Our pantry team plans the routes that bring groceries to doorsteps before breakfast.',
      'Key job responsibilities',
      '- Own the weekly capacity plan for three regions',
      'About AWS',
      'Pioneering cloud services for businesses of every size since the early days.',
      'Work/Life Balance',
      'We care about your evenings and weekends.',
    ]);
    expect(kinds(p)).toEqual([
      ['role', 'Our pantry team'],
      ['responsibilities', '- Own the'],
      ['pitch', 'Pioneering cloud services'],
      ['benefits', 'We care about'],
    ]);
  });

  it.each([
    ['Benefits include a 401(k) match and paid time off from day one.', 'benefits'],
    ['A new hire buddy / mentoring program helps you settle in.', 'benefits'],
    ['We hire for this team in several cities based on location preference.', 'logistics'],
    ['For more details about the team, visit our site.', 'links'],
    ['See https://example.org/careers for the team blog', 'links'],
    ['We consider applicants regardless of disability or veteran status.', 'eeo'],
    ['Amazon es un empleador que promueve la igualdad de oportunidades.', 'eeo'],
    ['Wir berücksichtigen Bewerbungen von Menschen mit Behinderung gleichermaßen.', 'eeo'],
  ])('reads "%s" as %s by what it says, wherever it sits', (line, kind) => {
    expect(lineKind(line)).toBe(kind);
  });

  it.each([
    ['About the team', 'role'],
    ['Key job responsibilities:', 'responsibilities'],
    ['Ihre Aufgaben', 'responsibilities'],
    ['主な業務', 'responsibilities'],
    ['Sobre Amazon', 'pitch'],
    ['福利厚生', 'benefits'],
    ['Inclusive Team Culture', 'eeo'],
  ])('opens a block of the right kind at the heading "%s"', (heading, kind) => {
    expect(headingKind(heading)).toBe(kind);
  });

  it('does not read a full sentence that starts like a heading as a heading', () => {
    expect(headingKind('You will own the returns service from design to launch.')).toBeNull();
  });

  it('keeps qualification lines that mention a university as qualifications, but not the EEO notice', () => {
    const p = posting([], {
      basicQualifications: ['Bachelor degree from an accredited university or equivalent'],
      preferredQualifications: [
        'Experience planning peak-season staffing',
        'We welcome applicants with disabilities and offer workplace accommodations.',
      ],
    });
    expect(postingBlocks(p).map((b) => b.kind)).toEqual(['basic', 'preferred', 'eeo']);
  });

  it('leaves benefit lines out of the role description that level cues read', () => {
    const p = posting([
      'You will run the inbound dock for the night shift.',
      'A new hire buddy / mentoring program helps you settle in.',
    ]);
    expect(roleDescription(p)).toBe('You will run the inbound dock for the night shift.');
  });
});
