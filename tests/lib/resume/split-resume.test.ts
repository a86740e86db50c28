import { describe, expect, it } from 'vitest';
import { headingKind, roleDates, splitResume } from '../../../lib/resume/split-resume';

const resume = `Sam Doe | sam@example.com

Work Experience
Platform Engineer, Acme — Jan 2023 – Present
• Lead the storage team's on-call rotation
• Cut restore time from 6 h to 40 min by
  parallelising snapshot reads
Engineer, Initech   2019 - 2022
- Wrote the billing exporter
1) Migrated 12 services to Kubernetes

PROJECTS:
* Trail planner built with React
  and Leaflet

Skills
Go, Rust, SQL`;

describe('splitResume', () => {
  const sections = splitResume(resume);
  it('finds the sections by heading', () => {
    expect(sections.map((s) => [s.heading, s.kind])).toEqual([
      ['Work Experience', 'experience'],
      ['PROJECTS', 'projects'],
      ['Skills', 'skills'],
    ]);
  });
  it('joins wrapped lines and marks the current role', () => {
    expect(sections[0]!.bullets.map((b) => [b.text, b.current])).toEqual([
      ["Lead the storage team's on-call rotation", true],
      ['Cut restore time from 6 h to 40 min by parallelising snapshot reads', true],
      ['Wrote the billing exporter', false],
      ['Migrated 12 services to Kubernetes', false],
    ]);
    expect(sections[0]!.bullets[1]).toMatchObject({ lineStart: 5, lineEnd: 7 });
    expect(sections[1]!.bullets[0]!.text).toBe('Trail planner built with React and Leaflet');
  });
  it('reads text without headings or markers as a list of bullets', () => {
    const plain = splitResume('Built the search API for 3 apps\nLed a team of five engineers\n');
    expect(plain).toHaveLength(1);
    expect(plain[0]!.bullets.map((b) => b.text)).toEqual([
      'Built the search API for 3 apps',
      'Led a team of five engineers',
    ]);
  });
  it.each([
    ['EXPERIENCE', 'experience'],
    ['Professional Experience:', 'experience'],
    ['Technical Skills', 'skills'],
    ['Awards & Honors', 'awards'],
    ['VOLUNTEERING', 'leadership'],
    ['Built the API', undefined],
    ['• Education', undefined],
  ])('reads heading "%s" as %s', (line, kind) => {
    expect(headingKind(line)).toBe(kind);
  });
  it.each([
    ['Mar 2021 - Present', true],
    ['06/2020 – Current', true],
    ['2018 to 2020', false],
    ['Sept 2019', false],
    ['Built a thing for 20 users', undefined],
  ])('reads dates in "%s"', (line, current) => {
    expect(roleDates(line)?.current).toBe(current);
  });
});
