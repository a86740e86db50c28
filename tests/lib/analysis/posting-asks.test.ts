import { describe, expect, it } from 'vitest';
import { screenAsks } from '../../../lib/analysis/posting-asks';
import type { Posting } from '../../../lib/posting/schema';

const posting = (description: string[], basicQualifications: string[] = []): Posting => ({
  title: 'Manager, Pantry Logistics',
  jobId: '1',
  url: '',
  locale: 'en',
  locations: [],
  category: '',
  team: '',
  company: '',
  description: description.join('\n'),
  basicQualifications,
  preferredQualifications: [],
});

describe('screenAsks', () => {
  it('reads a role that asks to write code as asking for coding and technical skills', () => {
    const p = posting(
      ['Key job responsibilities', '- Write and review code for the routing service'],
      ['3+ years of experience programming in Python'],
    );
    expect(screenAsks(p)).toEqual({ codes: true, technical: true });
  });

  it('reads SQL without code as technical, not coding', () => {
    const p = posting(
      ['Key job responsibilities', '- Build weekly capacity reports for three regions'],
      ['Experience writing SQL queries'],
    );
    expect(screenAsks(p)).toEqual({ codes: false, technical: true });
  });

  it('reads a people role that asks nothing hands-on as neither', () => {
    const p = posting(
      ['Key job responsibilities', '- Hire, coach and grow a team of six recruiters'],
      ['5+ years of experience managing people'],
    );
    expect(screenAsks(p)).toEqual({ codes: false, technical: false });
  });
});
