import { describe, expect, it } from 'vitest';
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
