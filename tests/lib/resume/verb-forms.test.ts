import { beforeAll, describe, expect, it } from 'vitest';
import { loadNlp } from '../../../lib/nlp/engine';
import {
  conjugateVerbs,
  formOf,
  isVerbAfterTo,
  opensWithPlainVerb,
  toPast,
} from '../../../lib/resume/verb-forms';

// Verbs are read in context with the full NLP tagger.
beforeAll(() => loadNlp());

describe('toPast', () => {
  it('puts verbs in the past tense', () => {
    expect(toPast('leading')).toBe('led');
    expect(toPast('writes')).toBe('wrote');
    expect(toPast('liaise')).toBe('liaised');
    expect(toPast('ship')).toBe('shipped');
    expect(toPast('designed')).toBe('designed');
  });
});

describe('conjugateVerbs', () => {
  it('conjugates every coordinated verb, and leaves nouns and names alone', () => {
    expect(conjugateVerbs('create reports and document the runbooks')).toBe(
      'Created reports and documented the runbooks',
    );
    expect(conjugateVerbs('manage payroll, benefits and compensation')).toBe(
      'Managed payroll, benefits and compensation',
    );
    expect(conjugateVerbs('designing, testing and shipping the new search page')).toBe(
      'Designed, tested and shipped the new search page',
    );
    expect(conjugateVerbs('build endpoints for GET, PUT and DELETE')).toBe(
      'Built endpoints for GET, PUT and DELETE',
    );
  });

  it('stops at an infinitive: the verbs after it have another subject', () => {
    expect(conjugateVerbs('write scripts to clean and load the data')).toBe(
      'Wrote scripts to clean and load the data',
    );
  });

  it('gives nothing when the first word is coordinated with a noun', () => {
    expect(conjugateVerbs('teaching and research assistance')).toBe('');
  });
});

describe('formOf', () => {
  it('tells a gerund, a past and a base form apart', () => {
    expect(formOf('testing')).toBe('gerund');
    expect(formOf('tested')).toBe('past');
    expect(formOf('built')).toBe('past');
    expect(formOf('test')).toBe('base');
  });
});

describe('opensWithPlainVerb', () => {
  it('is true for a verb to conjugate, false for auxiliaries and labels', () => {
    expect(opensWithPlainVerb('Migrated')).toBe(true);
    expect(opensWithPlainVerb('Build')).toBe(true);
    expect(opensWithPlainVerb('Has')).toBe(false);
    expect(opensWithPlainVerb('Troubleshooting:')).toBe(false);
  });
});

describe('isVerbAfterTo', () => {
  it('takes a verb after "used X to", not a noun form or a function word', () => {
    expect(isVerbAfterTo('forecast', 'used Python to forecast demand')).toBe(true);
    expect(isVerbAfterTo('production', 'used Python to production')).toBe(false);
    expect(isVerbAfterTo('the', 'used Python to the end')).toBe(false);
  });
});
