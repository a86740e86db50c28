import { beforeAll, describe, expect, it } from 'vitest';
import { loadNlp } from '../../../lib/nlp/engine';
import { focusOf, lowerFirst, template } from '../../../lib/resume/template';

beforeAll(() => loadNlp());

describe('focusOf', () => {
  it('names no role and no half of a long phrase', () => {
    // "Worked as a night tutor": the role is not something the line acted on.
    expect(focusOf('as a night tutor for first-year students')).toBe('');
    // Cut at six words this would end on "and booking", in the middle of its noun phrase.
    expect(focusOf('a mobile route planning and booking platform for hikers')).toBe('');
  });
  it('ends the noun phrase where "and" starts a second action, not at a noun in -ing', () => {
    expect(focusOf('events and conducting hackathons')).toBe('the events');
    expect(focusOf('the billing and pricing engine')).toBe('the billing and pricing engine');
    expect(focusOf('maintenance and monitoring of the databases')).toBe(
      'the maintenance and monitoring',
    );
  });
  it('names what a bullet is about with "the"', () => {
    expect(focusOf('salary structures for 12 countries')).toBe('the salary structures');
    expect(focusOf('my strong communication skills to liaise')).toBe(
      'your strong communication skills',
    );
  });

  it('keeps a name or a determiner as it is', () => {
    expect(focusOf('Kafka consumers for the order feed')).toBe('Kafka consumers');
    expect(focusOf('several onboarding guides for new hires')).toBe('several onboarding guides');
  });

  it('names nothing when the words name nothing to act on', () => {
    expect(focusOf('one of the organisers of the hackathon')).toBe('');
  });
});

describe('lowerFirst', () => {
  it('lowers a capitalised first word, not a name or an acronym', () => {
    expect(lowerFirst('Usability study for the app')).toBe('usability study for the app');
    expect(lowerFirst('Scholar Memento Award')).toBe('Scholar Memento Award');
    expect(lowerFirst('TA for two courses')).toBe('TA for two courses');
  });
});

describe('template', () => {
  it('keeps the user’s words behind a <Verb> slot and asks for a result', () => {
    const t = template('salary structures for 12 countries', false);
    expect(t.kind).toBe('template');
    expect(t.focus).toBe('the salary structures');
    expect(t.text).toBe('<Verb> salary structures for 12 countries, <result>');
  });

  it('asks for no result when the line already has a number', () => {
    expect(template('the weekly payroll run for 300 staff', true).text).toBe(
      '<Verb> the weekly payroll run for 300 staff',
    );
  });

  it('quotes only the first clause and marks the cut', () => {
    expect(template('the release checklist for mobile: fourteen steps in all', false).text).toBe(
      '<Verb> the release checklist for mobile …, <result>',
    );
  });

  it('quotes no words when the line is a sentence with its own subject', () => {
    const t = template('The main aim of the project was to cut costs', false, true);
    expect(t.focus).toBe('');
    expect(t.text).toBe('<Verb> <what>, <result>');
  });
});
