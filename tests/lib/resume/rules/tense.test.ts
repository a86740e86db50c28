import { beforeAll, describe, expect, it } from 'vitest';
import { loadNlp } from '../../../../lib/nlp/engine';
import { noActionVerb } from '../../../../lib/resume/rules/no-action-verb';
import { tense } from '../../../../lib/resume/rules/tense';
import { check } from './check';

describe('tense', () => {
  it.each([
    ['Developing a scheduler in Go', '"Developed a scheduler in Go"'],
    ['Lead the platform guild of 12 engineers', '"Led the platform guild of 12 engineers"'],
    ['Builds nightly data exports', '"Built nightly data exports"'],
    ['creating dashboards for the ops team', '"Created dashboards for the ops team"'],
    ['Spearheading the move to ARM instances', '"Spearheaded the move to ARM instances"'],
  ])('flags "%s" in a past role and suggests %s', (bullet, rewrite) => {
    const finding = check(tense, bullet);
    expect(finding?.rule).toBe('tense');
    expect(finding?.suggestion).toContain(rewrite);
  });

  it('accepts present tense in the current role', () => {
    expect(check(tense, 'Lead the platform guild of 12 engineers', true)).toBeUndefined();
    expect(check(tense, 'Developing a scheduler in Go', true)).toBeUndefined();
  });

  it.each(['Developed a scheduler in Go', 'Led the platform guild', 'Built with Rust'])(
    'does not flag "%s"',
    (b) => {
      expect(check(tense, b)).toBeUndefined();
    },
  );
});

describe('tense with compromise loaded', () => {
  beforeAll(() => loadNlp());

  it.each([
    'Frontend in React for a booking site',
    'Backend supports login and payments for 3 shops',
    'Core member of the payments guild',
    'File server with a REST interface',
  ])('does not call the noun opening "%s" a present-tense verb', (bullet) => {
    expect(check(tense, bullet)).toBeUndefined();
  });

  it.each([
    ['Populate tables with test data', '"Populated tables with test data"'],
    ['Mentor students on web basics', '"Mentored students on web basics"'],
    ['Explain pricing risks to clients', '"Explained pricing risks to clients"'],
  ])('still puts "%s" in the past tense: %s', (bullet, rewrite) => {
    expect(check(tense, bullet)?.suggestion).toContain(rewrite);
  });

  it('leaves a link, role or award line to no-action-verb, which says what it is', () => {
    const link = 'Try it at tidewatch.app or read the blog post';
    expect(check(tense, link)).toBeUndefined();
    const finding = check(noActionVerb, link);
    expect(finding?.message).toBe('This line points to a link; it does not say what you did.');
    expect(finding?.suggestion).not.toMatch(/Tried/);
    expect(check(tense, 'Head TA for an algorithms course of 300 students')).toBeUndefined();
    expect(check(noActionVerb, 'Head TA for an algorithms course of 300 students')?.message).toBe(
      '"Head TA" reads as a role title, not a bullet.',
    );
    // In the current role too, where present tense is fine: the line is still a role, not a bullet.
    expect(
      check(noActionVerb, 'Head TA for an algorithms course of 300 students', true)?.message,
    ).toBe('"Head TA" reads as a role title, not a bullet.');
  });
});

describe('tense within a line told in the past', () => {
  it.each([
    [
      'Designed the billing API and implement the client library',
      'Keep one tense: "Designed the billing API and implemented the client library".',
    ],
    [
      'Led the on-call rota and review the alarms every week',
      'Keep one tense: "Led the on-call rota and reviewed the alarms every week".',
    ],
  ])('flags the present verb in "%s"', (bullet, suggestion) => {
    const finding = check(tense, bullet);
    expect(finding?.rule).toBe('tense');
    expect(finding?.suggestion).toBe(suggestion);
  });

  it.each([
    'Designed the API, tests and docs for the SDK',
    'Migrated the jobs to Kafka and cut the bill by 20%',
    'Designed the schema and the test plan',
  ])('leaves "%s" alone: nouns and same-form pasts are not mixed tenses', (bullet) => {
    expect(check(tense, bullet)).toBeUndefined();
  });

  it('leaves the current role alone', () => {
    expect(check(tense, 'Designed the API and implement the client', true)).toBeUndefined();
  });
});
