import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LpEvidenceList } from '@/components/posting/lp-evidence-list';
import { sampleAnalysis } from './sample-analysis';

describe('LpEvidenceList', () => {
  it('lists the principles in rank order with their evidence phrases', () => {
    render(<LpEvidenceList lps={sampleAnalysis().lps} />);
    const items = screen
      .getAllByRole('listitem')
      .filter((li) => li.parentElement?.tagName === 'OL');
    expect(items.map((li) => li.querySelector('.lp-name')?.textContent)).toEqual([
      'Ownership',
      'Customer Obsession',
      'Dive Deep',
    ]);
    const evidence = screen.getByRole('list', { name: 'Evidence for Ownership' });
    expect(within(evidence).getByText('…owning services end to end…')).toBeTruthy();
  });

  it('labels a principle listed for the role rather than the words as a role/level default', () => {
    render(<LpEvidenceList lps={sampleAnalysis().lps} />);
    expect(screen.getAllByText('role/level default')).toHaveLength(1);
    expect(screen.queryByRole('list', { name: 'Evidence for Dive Deep' })).toBeNull();
  });

  it('says so when no principle stood out', () => {
    render(<LpEvidenceList lps={[]} />);
    expect(screen.getByText(/No Leadership Principles stood out/)).toBeTruthy();
  });
});

describe('LpEvidenceList excerpts', () => {
  it('marks a quote cut mid-sentence and leaves a whole sentence alone', () => {
    render(
      <LpEvidenceList
        lps={[
          {
            id: 'frugality',
            name: 'Frugality',
            score: 0.5,
            isDefault: false,
            evidence: ['We are a small team that owns the', 'Keep costs low.'],
          },
        ]}
      />,
    );
    expect(screen.getByText('We are a small team that owns the…')).toBeTruthy();
    expect(screen.getByText('Keep costs low.')).toBeTruthy();
  });
});
