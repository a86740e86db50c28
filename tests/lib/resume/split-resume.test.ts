import { describe, expect, it } from 'vitest';
import { lintResume } from '../../../lib/resume/lint-resume';
import { headingKind, roleDates, splitResume } from '../../../lib/resume/split-resume';
import { wrappedToolsResume } from '../../fixtures/wrapped-resume';

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

describe('readResume: no line dropped without a word', () => {
  it('a wrapped one-word line that reads like a heading ("tools") stays with its bullet', () => {
    const report = lintResume(wrappedToolsResume);
    expect(report.bulletCount).toBe(15);
    const texts = report.sections.flatMap((s) => s.bullets.map((b) => b.text));
    expect(texts[9]).toBe(
      'Cut build times from 22 to 9 minutes by moving the monorepo to new tools',
    );
    expect(texts.at(-1)).toBe('Ran 6 game days that found 11 recovery gaps');
  });

  it('every other line is listed with the reason it was not checked', () => {
    const lines = wrappedToolsResume.split('\n');
    const report = lintResume(wrappedToolsResume);
    const checked = new Set(
      report.sections.flatMap((s) =>
        s.bullets.flatMap((b) =>
          Array.from({ length: b.lineEnd - b.lineStart }, (_, k) => b.lineStart + k),
        ),
      ),
    );
    const listed = new Set(report.unchecked.map((u) => u.line));
    // A listed bullet stands for its own first line only; this resume has no wrapped ones there.
    lines.forEach((_, i) => expect(checked.has(i) !== listed.has(i)).toBe(true));
    expect(report.unchecked).toEqual([
      { line: 0, text: 'EXPERIENCE', reason: 'heading' },
      { line: 1, text: 'Senior Engineer, Parcel Co. Jan 2021 - Present', reason: 'role' },
      { line: 18, text: 'SKILLS', reason: 'heading' },
      { line: 19, text: 'TypeScript, Go, SQL', reason: 'section', heading: 'SKILLS' },
    ]);
  });

  it('lists bullets past the limit, and a line that is neither bullet nor wrap', () => {
    const report = lintResume('EXPERIENCE\nParcel Co\n- Led a team of 4\n- Cut costs by 10%', 1);
    expect(report.unchecked).toEqual([
      { line: 0, text: 'EXPERIENCE', reason: 'heading' },
      { line: 1, text: 'Parcel Co', reason: 'not-a-bullet' },
      { line: 3, text: 'Cut costs by 10%', reason: 'limit', heading: 'EXPERIENCE' },
    ]);
  });

  it('a capitalised heading word after an unfinished bullet is still a heading', () => {
    const sections = splitResume('EXPERIENCE\n- Led a team of 4\nSkills\n- Go');
    expect(sections.map((s) => s.kind)).toEqual(['experience', 'skills']);
  });
});
