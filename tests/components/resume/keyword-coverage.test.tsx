import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KeywordCoverage } from '@/components/resume/keyword-coverage';
import { keywordCoverage } from '@/lib/resume/keywords';

describe('KeywordCoverage', () => {
  it('lists missing and found terms, basic first, with counts', () => {
    const coverage = keywordCoverage('Built services in Go', {
      basic: ['Experience with Go and Java'],
      preferred: ['Experience with Kubernetes'],
    });
    render(<KeywordCoverage coverage={coverage} postingTitle="SDE II" />);
    expect(screen.getByText(/basic 1\/2, preferred/).textContent).toContain('preferred 0/1');
    expect(screen.getByText('Basic, missing:').parentElement?.textContent).toContain('java');
    expect(screen.getByText('Basic, found:').parentElement?.textContent).toContain('Go');
    expect(screen.getByText('Preferred, missing:').parentElement?.textContent).toContain(
      'kubernetes',
    );
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
