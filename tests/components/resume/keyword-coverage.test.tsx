import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { KeywordCoverage } from '@/components/resume/keyword-coverage';
import { loadNlp } from '@/lib/nlp/engine';
import { keywordCoverage } from '@/lib/resume/keywords';

beforeAll(() => loadNlp());

describe('KeywordCoverage', () => {
  it('lists missing and found terms, basic first, with counts and where each was found', () => {
    const coverage = keywordCoverage('EXPERIENCE\n- Ran the benefits renewal for 900 staff', {
      basic: ['5+ years of experience in compensation or benefits'],
      preferred: ['Experience with Workday'],
    });
    render(<KeywordCoverage coverage={coverage} postingTitle="HR Partner" />);
    // The counts say what they count.
    expect(screen.getByText(/^Against/).textContent).toBe(
      'Against HR Partner: your resume names 1 of the 2 skills and terms in the basic ' +
        'qualifications, and 0 of the 1 skill or term in the preferred qualifications.',
    );
    expect(screen.getByText('Basic, missing:').parentElement?.textContent).toContain(
      'compensation',
    );
    const found = screen.getByRole('list', { name: 'Basic, found' });
    expect(within(found).getByText('benefits')).toBeTruthy();
    expect(within(found).getByText('Ran the benefits renewal for 900 staff')).toBeTruthy();
    expect(screen.getByText('Preferred, missing:').parentElement?.textContent).toContain('Workday');
  });
  it('says when the qualifications name no skills', () => {
    render(
      <KeywordCoverage
        coverage={keywordCoverage('x', { basic: [], preferred: [] })}
        postingTitle="PM"
      />,
    );
    expect(screen.getByText(/No skills or terms found/)).toBeTruthy();
  });
});
