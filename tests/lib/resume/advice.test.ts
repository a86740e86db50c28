import { beforeAll, describe, expect, it } from 'vitest';
import { loadNlp } from '../../../lib/nlp/engine';
import {
  describeHeading,
  describeNote,
  describeRewrite,
  describeTitle,
} from '../../../lib/resume/advice';
import { template } from '../../../lib/resume/template';

beforeAll(() => loadNlp());

describe('describeNote', () => {
  it('says a link line does not say what the user did', () => {
    expect(describeNote({ note: 'link' }, 'Try it at tidewatch.app').message).toBe(
      'This line points to a link; it does not say what you did.',
    );
  });

  it('quotes a short tagline, and not a long one', () => {
    expect(describeNote({ note: 'tagline' }, 'Fast, private, free - on your phone').message).toBe(
      '"Fast, private, free - on your phone" reads as a tagline, not a bullet.',
    );
    expect(describeNote({ note: 'tagline' }, `No ads - ${'x'.repeat(130)}`).message).toBe(
      'This line reads as a tagline, not a bullet.',
    );
  });
});

describe('describeTitle', () => {
  it('tells an award from a role title', () => {
    expect(describeTitle({ title: 'Third Prize', award: true }).message).toBe(
      '"Third Prize" reads as an award, not a bullet.',
    );
    expect(describeTitle({ title: 'Head TA', award: false })).toEqual({
      message: '"Head TA" reads as a role title, not a bullet.',
      suggestion:
        'Make the role the heading of this entry, with its dates, and start each bullet under it with what you did: "<Verb> <what>, <result>".',
    });
  });
});

describe('describeHeading', () => {
  it('names a title in front of a bullet, and the verb the bullet starts with', () => {
    expect(describeHeading('Treasurer, Rowing Club, 2021: Ran the yearly budget')).toEqual({
      message: '"Treasurer, Rowing Club, 2021" reads as a title in front of the bullet.',
      suggestion:
        'Put "Treasurer, Rowing Club, 2021" on its own line as a heading, and start the bullet with "Ran".',
    });
  });

  it('reads a title followed by a description as a project title', () => {
    expect(describeHeading('Tidewatch - iOS app for tide tables').message).toBe(
      '"Tidewatch - iOS app for tide tables" reads as a project title, not a bullet.',
    );
  });
});

describe('describeRewrite', () => {
  it('quotes a rewrite, with the shared-work form when there is one', () => {
    expect(describeRewrite({ kind: 'rewrite', text: 'Led the billing migration' })).toBe(
      '"Led the billing migration"',
    );
    expect(
      describeRewrite({
        kind: 'rewrite',
        text: 'Built the search page',
        co: 'Co-built the search page',
      }),
    ).toBe('"Built the search page" (or "Co-built the search page" if the work was shared)');
  });

  it('shows the template, or the bare slots for a title or a note', () => {
    expect(describeRewrite(template('salary structures for 12 countries', false))).toBe(
      '"<Verb> salary structures for 12 countries, <result>"',
    );
    expect(describeRewrite({ kind: 'title', title: 'Head TA', award: false })).toBe(
      '"<Verb> <what>, <result>"',
    );
  });
});
