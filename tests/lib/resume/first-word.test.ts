import { beforeAll, describe, expect, it } from 'vitest';
import { loadNlp } from '../../../lib/nlp/engine';
import { readOpener } from '../../../lib/resume/first-word';

describe('readOpener', () => {
  it.each([
    ['Developed the API', 'strong'],
    ['Built with React', 'strong'],
    ['Co-authored a paper', 'strong'],
    ['Re-engineered the queue', 'strong'],
    ['Troubleshot outages', 'strong'],
    ['Overhauled the CI', 'strong'],
    ['developed the API', 'strong'],
    ['Helped build the API', 'weak'],
    ['Responsible for hiring', 'weak'],
    ['Awarded a scholarship', 'weak'],
    ['Develop the API', 'present'],
    ['Leads the guild', 'present'],
    ['Developing the API', 'gerund'],
    ['Successfully shipped', 'adverb'],
    ['Single-handedly rebuilt', 'adverb'],
    ['Creation of the API', 'noun'],
    ['AI-powered planner', 'adjective'],
    ['Experienced engineer', 'adjective'],
    ['The backend for chat', 'noun'],
    ['🚀 Shipped it', 'strong'],
    ['', 'empty'],
    ['— 42 —', 'empty'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(readOpener(text).kind).toBe(kind);
  });
  it('keeps the words after a weak phrase', () => {
    const opener = readOpener('Responsible for migrating jobs');
    expect(opener.kind === 'weak' && opener.rest).toBe('migrating jobs');
  });
});

// Last in the file: once compromise has loaded it stays loaded, and it reads the words our lists
// do not know (compromise takes a sentence's first word for an imperative).
describe('readOpener with compromise loaded', () => {
  beforeAll(() => loadNlp());

  it.each([
    'Frontend in React for a booking site',
    'Backend for a ticketing app, written in Go',
    'Core member of the payments guild',
    'Contract support for a regional clinic',
    'Cloud cost reviews for 3 product teams',
    'File server with a REST interface',
    'Research on battery ageing in buses',
    'Design of a caching layer for search',
    'Design and development of a billing service',
    'Top 5% of 2,000 entrants',
  ])('reads "%s" as a noun phrase, not a present-tense verb', (text) => {
    expect(readOpener(text).kind).toBe('noun');
  });

  it.each([
    'Develop the service',
    'Lead a team of 6 engineers',
    'Explain pricing risks to clients',
    'Populate tables with test data',
    'Mentor students on web basics',
    'File patents for new sensors',
    'Design data pipelines for billing',
    'Review code for 6 engineers',
    'Top the regional sales table',
    'Report to the CTO each week',
    'Design for screen readers first',
  ])('still reads "%s" as present tense', (text) => {
    expect(readOpener(text).kind).toBe('present');
  });
});
