import { describe, expect, it } from 'vitest';
import type { LevelBand, RoleFamily } from '../../../lib/families/ids';
import type { PostingAnalysis } from '../../../lib/analysis/schema';
import { ProfileSchema, type Profile } from '../../../lib/profile/schema';
import { recruiterOpener } from '../../../lib/opener/recruiter-opener';

const profile: Profile = ProfileSchema.parse({
  currentRole: 'data engineer',
  yearsExperience: 6,
  domain: 'retail supply chains',
  targetLevel: 'L5',
  amazonProducts: [
    { name: 'Amazon Redshift', why: 'we load 3 TB of store sales into it every night' },
  ],
  reason: 'I want my pipelines to decide what ends up on a truck the next morning.',
  extra: 'I am based in Dublin and can relocate within the EU.',
});

function analysis(band: LevelBand, family: RoleFamily = 'software-engineer'): PostingAnalysis {
  return {
    id: '42',
    title: 'Software Development Engineer II, Fulfilment Routing',
    role: { family, label: 'Software Development Engineer', evidence: [] },
    level: { band, label: band, rationale: [], years: null },
    lps: [],
    process: { before: [], loop: [], after: [], notes: [] },
    managesPeople: { manages: false, evidence: [] },
    missing: [],
  };
}

describe('recruiterOpener', () => {
  it('says every profile field in the standard opener', () => {
    const { text } = recruiterOpener(profile, null, 'standard');
    for (const piece of [
      'data engineer',
      '6 years',
      'retail supply chains',
      'L5',
      'Amazon Redshift',
      'we load 3 TB of store sales into it every night',
      'I want my pipelines to decide what ends up on a truck the next morning.',
      'I am based in Dublin and can relocate within the EU.',
    ]) {
      expect(text).toContain(piece);
    }
  });

  it("names the posting's role and team", () => {
    const { text } = recruiterOpener(profile, { analysis: analysis('L5'), team: 'Routing' });
    // The title's tail is the fuller name of the team the page names.
    expect(text).toContain(
      'That is why the Software Development Engineer II role on the Fulfilment Routing team caught my attention.',
    );
  });

  it('reads the team from the title when the page names none', () => {
    const said = (title: string) =>
      recruiterOpener(profile, { analysis: { ...analysis('L5'), title } }).text;
    expect(said('Data Engineer I, Last Mile Analytics')).toContain(
      'the Data Engineer I role on the Last Mile Analytics team',
    );
    expect(said('Workforce Planner, Staffing Team')).toContain(
      'the Workforce Planner role on the Staffing team',
    );
    expect(said('Area Manager - Night Shift')).toContain('this Area Manager - Night Shift role');
    expect(said('Software Engineer, Intern')).toContain('this Software Engineer, Intern role');
  });

  it('words the level for the posting family: SDE II for a software posting at L5', () => {
    const sde = { ...profile, currentRole: 'software engineer' };
    expect(recruiterOpener(sde, { analysis: analysis('L5') }).text).toContain('SDE II-level roles');
    expect(
      recruiterOpener({ ...sde, targetLevel: 'L6' }, { analysis: analysis('L6') }).text,
    ).toContain('Senior SDE-level roles');
    expect(
      recruiterOpener({ ...profile, targetLevel: 'L6' }, { analysis: analysis('L6', 'finance') })
        .text,
    ).toContain('senior roles at L6');
  });

  it('uses the posting level when the profile names none', () => {
    const { text } = recruiterOpener(
      { ...profile, targetLevel: 'unknown' },
      { analysis: analysis('L5') },
    );
    expect(text).toContain('SDE II-level roles like this');
  });

  it('keeps the short variant within about 30 seconds and says what it left out', () => {
    const long = {
      ...profile,
      extra: 'I also mentor two juniors and run our team book club every month.',
    };
    const opener = recruiterOpener(long, { analysis: analysis('L5'), team: 'Routing' }, 'short');
    expect(opener.words).toBeLessThanOrEqual(75);
    expect(opener.seconds).toBeLessThanOrEqual(30);
    expect(opener.text).toContain('data engineer');
    expect(opener.checks.find((c) => c.id === 'left-out')?.message).toMatch(/leaves out/);
  });

  it('reports words and seconds at about 150 words a minute', () => {
    const opener = recruiterOpener(profile);
    expect(opener.words).toBe(opener.text.split(/\s+/).length);
    expect(opener.seconds).toBe(Math.round((opener.words / 150) * 60));
  });

  it('flags a generic reason that names nothing specific as an error', () => {
    const generic = { ...profile, reason: 'Amazon is a great company with an innovative culture.' };
    const check = recruiterOpener(generic).checks.find((c) => c.id === 'generic-reason');
    expect(check?.severity).toBe('error');
    expect(check?.message).toContain('"great company"');
  });

  it('accepts a reason that uses a stock phrase but names a product', () => {
    const named = {
      ...profile,
      reason: 'I love the culture, and I run my side project on AWS Lambda.',
    };
    expect(recruiterOpener(named).checks.map((c) => c.id)).not.toContain('generic-reason');
  });

  it('flags an opener over 2 minutes as an error', () => {
    const rambling = { ...profile, extra: 'I like to explain things at length. '.repeat(40) };
    const opener = recruiterOpener(rambling);
    expect(opener.seconds).toBeGreaterThan(120);
    expect(opener.checks.find((c) => c.id === 'too-long')?.severity).toBe('error');
  });

  it('warns when the target level contradicts the posting level', () => {
    const check = recruiterOpener(
      { ...profile, targetLevel: 'Senior' },
      { analysis: analysis('L5') },
    ).checks.find((c) => c.id === 'level-mismatch');
    expect(check?.severity).toBe('warning');
    expect(check?.message).toMatch(/reads as L5.*below your target of L6/);
  });

  it('has no level warning when the posting level is unknown', () => {
    const opener = recruiterOpener(profile, { analysis: analysis('unknown') });
    expect(opener.checks.map((c) => c.id)).not.toContain('level-mismatch');
  });

  it('is deterministic', () => {
    const a = recruiterOpener(profile, { analysis: analysis('L5') }, 'short');
    expect(recruiterOpener(profile, { analysis: analysis('L5') }, 'short')).toEqual(a);
  });

  it('still says something useful for an empty profile, and names what is missing', () => {
    const opener = recruiterOpener(ProfileSchema.parse({}), { analysis: analysis('L5') });
    expect(opener.text).toContain('SDE II-level roles');
    expect(opener.checks.find((c) => c.id === 'incomplete-profile')?.message).toContain(
      'current role, years of experience, domain, target level',
    );
    expect(opener.checks.map((c) => c.id)).toContain('missing-reason');
  });
});

// Read aloud by a new user (issue 20): a backend engineer's reason "led" to an Operations role.
describe('recruiterOpener: the profile and the role fit', () => {
  const ops = (): PostingAnalysis => ({
    ...analysis('L5', 'operations'),
    title: 'Operations Manager',
    role: { family: 'operations', label: 'Operations', evidence: [] },
  });
  const backend = {
    ...profile,
    currentRole: 'Backend engineer',
    reason: 'I want to work on payment systems.',
  };

  it('does not claim the reason led to a role of another kind, and says so', () => {
    const o = recruiterOpener(backend, { analysis: ops() });
    expect(o.text).not.toMatch(/That is why this Operations Manager role caught my attention/);
    expect(o.text).toContain("I'm applying for this Operations Manager role.");
    const check = o.checks.find((c) => c.id === 'role-mismatch');
    expect(check?.message).toMatch(
      /^Your profile says you are a Backend engineer, and this Operations Manager posting is a different kind of work/,
    );
  });

  it('stays quiet when the roles belong together', () => {
    const o = recruiterOpener(backend, { analysis: analysis('L5') });
    expect(o.checks.map((c) => c.id)).not.toContain('role-mismatch');
    expect(o.text).toMatch(
      /That is why the Software Development Engineer II role on the Fulfilment Routing team caught my attention/,
    );
  });
});
