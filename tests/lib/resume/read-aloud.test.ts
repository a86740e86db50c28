import { beforeAll, describe, expect, it } from 'vitest';
import { loadNlp } from '../../../lib/nlp/engine';
import { lintBullet } from '../../../lib/resume/lint-bullet';

// The sentences LoopReady writes back for bullets shaped like real resume lines (our own words),
// read as a careful editor would: no invented verb, no role or award read as work, no subject
// named as the object, no "Co-" that is not a word, no phrase cut in the middle.

/** What the user reads for the opener problem: the first finding's message and suggestion. */
function advice(bullet: string): string {
  const f = lintBullet(bullet).findings.find((x) =>
    ['weak-opener', 'no-action-verb', 'tense'].includes(x.rule),
  );
  return f ? `${f.message} ${f.suggestion ?? ''}` : '';
}

beforeAll(() => loadNlp());

describe('opener advice reads right', () => {
  it.each([
    ['Frontend work on the booking site with React', /Frontended/],
    ['Research on battery ageing for electric buses', /Researched on/],
    ['Research paper accepted at a robotics workshop', /Researched paper/],
    ['Architect of the billing data lake for 4 teams', /Architected of/],
    ['Lead a team of 4 on scheduling, planning, code review and mentoring', /coded review/],
    ['Successfully helped resolve 40 deployment incidents', /Co-resolved/],
    ['Participated in both the design and rollout of the new scheduler', /the both/],
    ['Code review for 6 engineers every week', /Coded review/],
    ['Test suite for the billing API with 400 cases', /Tested suite/],
    ['Supply chain dashboards for 3 warehouses', /present tense|the chain/],
    ['Morning and afternoon sessions for 30 students', /-ing form/],
    ['Worked closely with designers on the checkout flow', /with the closely/],
  ])('"%s" never says %s', (bullet, wrong) => {
    const said = advice(bullet);
    expect(said).not.toBe('');
    expect(said).not.toMatch(wrong);
  });

  it.each([
    ['Head TA for an algorithms course of 300 students', '"Head TA" reads as a role title'],
    ['Incoming intern at a robotics startup', '"Incoming intern" reads as a role title'],
    [
      'Teaching Assistant for the course on compilers',
      '"Teaching Assistant" reads as a role title',
    ],
    ['Second Prize, regional robotics contest 2019', '"Second Prize" reads as an award'],
    [
      'Dean Memorial Scholarship for academic merit, 2018',
      '"Dean Memorial Scholarship" reads as an award',
    ],
  ])('"%s": %s, not a bullet', (bullet, title) => {
    const said = advice(bullet);
    expect(said).toContain(title);
    expect(said).toContain('"<Verb> <what');
  });

  it.each([
    [
      'Utilized gradient descent to fit a pricing model to 2 years of sales',
      '"Fitted a pricing model to 2 years of sales using gradient descent"',
    ],
    [
      'Used Flutter to build a booking app using Firebase as the store',
      '"Built a booking app using Firebase as the store with Flutter"',
    ],
    [
      'As part of the platform team, migrated 30 services to Kubernetes',
      '"Migrated 30 services to Kubernetes as part of the platform team"',
    ],
    [
      'Lead a team of 4 on scheduling, planning, code review and mentoring',
      '"Led a team of 4 on scheduling, planning, code review and mentoring"',
    ],
    ['Explain pricing risks to 12 clients', '"Explained pricing risks to 12 clients"'],
    [
      'Solely developed the club app, which was used by over 1,000 members',
      '"Developed the club app, which was used by over 1,000 members"',
    ],
    [
      'Worked with management to resolve issues and report on the quality of releases',
      '"Resolved issues and reported on the quality of releases with management"',
    ],
    [
      'Worked directly with clients to draw wireframes, timelines, and estimates for 9 features',
      '"Drew wireframes, timelines, and estimates for 9 features with clients"',
    ],
    [
      'Worked with a print shop to design a poster and print 500 copies, which sold out in a week',
      '"Designed a poster and printed 500 copies with a print shop, which sold out in a week"',
    ],
    [
      'Worked with a team of 3 and implemented a booking database for 2 clinics',
      '"Implemented a booking database for 2 clinics with a team of 3"',
    ],
    [
      'Experimentally validates correlation between price factors and demand',
      '"Validated correlation between price factors and demand"',
    ],
    [
      'Contributed to the migration of 40 services to Kubernetes',
      '"Migrated 40 services to Kubernetes"',
    ],
  ])('"%s" is rewritten as %s', (bullet, rewrite) => {
    expect(advice(bullet)).toContain(rewrite);
  });

  it.each([
    'The goal of the project was to cut cloud spend',
    'Users can track parcels across 3 carriers in real time',
    'This is a small compiler for a teaching language',
    'The first tool ran all the text classifiers and showed a summary',
    'One of the top maintainers of the library helped find a bug in the map object',
    'Application aimed to cut the onboarding time of new sellers',
  ])('"%s" reads as a sentence with its own subject: the advice names no object', (bullet) => {
    const said = advice(bullet);
    expect(said).toContain('Start with what you did: "<Verb> <what>, <result>"');
    expect(said).not.toMatch(/what you did with/);
  });

  it.each([
    [
      'Contributed to the Tidewatch project, an embedded charting library, by fixing 3 bugs',
      'with the Tidewatch project',
    ],
    [
      'Contributed to the Tidewatch app, a distributed tide tracker, by writing its parser',
      'with the Tidewatch app',
    ],
  ])('"%s": a participle after "a" or "an" is not the line\'s own verb (%s)', (bullet, focus) => {
    expect(advice(bullet)).toContain(`Start with what you did ${focus}:`);
  });
});
