import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LpEvidenceList } from '@/components/posting/lp-evidence-list';
import type { LikelyPrinciple } from '@/lib/analysis/schema';
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
    expect(within(evidence).getByText('owning services end to end')).toBeTruthy();
  });

  it('labels a principle listed for the role rather than the words as a role/level default', () => {
    render(<LpEvidenceList lps={sampleAnalysis().lps} />);
    expect(screen.getAllByText('role/level default')).toHaveLength(1);
    expect(screen.queryByRole('list', { name: 'Evidence for Dive Deep' })).toBeNull();
  });

  it('shows the first five principles and puts the rest behind "More", in rank order', () => {
    const names = ['Ownership', 'Dive Deep', 'Bias for Action', 'Frugality', 'Earn Trust'];
    const more = ['Think Big', 'Invent and Simplify'];
    const lps = [...names, ...more].map((name, i) => ({
      id: name.toLowerCase().replace(/ /g, '-') as LikelyPrinciple['id'],
      name,
      score: 1 - i / 10,
      isDefault: false,
      evidence: [`Phrase ${i}.`],
    }));
    const { container } = render(<LpEvidenceList lps={lps} />);
    const [shown, hidden] = container.querySelectorAll('ol.lp-list');
    const namesIn = (ol: Element | undefined) =>
      [...(ol?.querySelectorAll(':scope > li > .lp-name') ?? [])].map((n) => n.textContent);
    expect(namesIn(shown)).toEqual(names);
    expect(namesIn(hidden)).toEqual(more);
    const details = hidden!.closest('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('More (2)');
  });

  it('has no "More" when five or fewer principles stood out', () => {
    const { container } = render(<LpEvidenceList lps={sampleAnalysis().lps} />);
    expect(container.querySelector('details')).toBeNull();
  });

  it('says so when no principle stood out', () => {
    render(<LpEvidenceList lps={[]} />);
    expect(screen.getByText(/No Leadership Principles stood out/)).toBeTruthy();
  });
});

describe('LpEvidenceList quotes', () => {
  const lp = (evidence: string[]): LikelyPrinciple => ({
    id: 'dive-deep',
    name: 'Dive Deep',
    score: 0.8,
    isDefault: false,
    evidence,
  });

  it('shows each quote as the posting wrote it, adding no ellipsis to a whole line or a question', () => {
    render(
      <LpEvidenceList
        lps={[
          lp([
            'Find the root cause of every late delivery',
            'Do you enjoy chasing a bug to its source?',
          ]),
        ]}
      />,
    );
    expect(screen.getByText('Find the root cause of every late delivery')).toBeTruthy();
    expect(screen.getByText('Do you enjoy chasing a bug to its source?')).toBeTruthy();
    expect(document.body.textContent).not.toContain('…');
  });

  it('keeps the cut the analysis marked, without doubling it', () => {
    render(<LpEvidenceList lps={[lp(['…audit the weekly counts and find where they drift…'])]} />);
    expect(screen.getByText('…audit the weekly counts and find where they drift…')).toBeTruthy();
    expect(document.body.textContent).not.toContain('……');
  });

  it('shows two quotes per principle and puts the rest behind "More"', () => {
    const { container } = render(
      <LpEvidenceList lps={[lp(['First ask.', 'Second ask.', 'Third ask.', 'Fourth ask.'])]} />,
    );
    const shown = screen.getByRole('list', { name: 'Evidence for Dive Deep' });
    expect(
      within(shown)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['First ask.', 'Second ask.']);
    const more = container.querySelector<HTMLDetailsElement>('details.lp-evidence-more')!;
    expect(more.open).toBe(false);
    expect(more.querySelector('summary')?.textContent).toBe('More (2)');
    expect(more.textContent).toContain('Fourth ask.');
  });
});
