import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PostingView } from '@/components/posting/posting-view';
import { sampleAnalysis, samplePosting } from './sample-analysis';

describe('PostingView', () => {
  it('shows the title, role, level badge with its rationale, LPs with evidence, and the process', () => {
    render(<PostingView posting={samplePosting()} analysis={sampleAnalysis()} />);
    expect(
      screen.getByRole('heading', { level: 1, name: /Software Development Engineer II/ }),
    ).toBeTruthy();
    const role = screen.getByRole('region', { name: 'Role' });
    expect(within(role).getByText('Software Development Engineer')).toBeTruthy();
    expect(within(role).getByText('software development')).toBeTruthy();
    const level = screen.getByRole('region', { name: 'Level' });
    expect(within(level).getByText('SDE II, L5')).toBeTruthy();
    expect(
      within(level).getByText('The basic qualifications ask for “3+ years”: L5.'),
    ).toBeTruthy();
    const lps = screen.getByRole('region', { name: 'Likely Leadership Principles' });
    expect(within(lps).getByText('Ownership')).toBeTruthy();
    expect(within(lps).getByText('owning services end to end')).toBeTruthy();
    expect(within(lps).getByText('role/level default')).toBeTruthy();
    const process = screen.getByRole('region', { name: 'Interview process' });
    const loop = within(process).getByRole('list', { name: 'Loop rounds' });
    const rounds = within(loop).getAllByRole('listitem');
    expect(rounds).toHaveLength(5);
    expect(rounds.at(-1)!.textContent).toMatch(/Bar Raiser/);
    expect(within(process).getByText('Recruiter screen')).toBeTruthy();
    expect(within(process).getByText('Debrief and decision')).toBeTruthy();
  });

  it('shows no partial-read notice when everything was read', () => {
    render(<PostingView posting={samplePosting()} analysis={sampleAnalysis()} />);
    expect(screen.queryByText(/Couldn’t read/)).toBeNull();
  });

  it('names the fields it could not read', () => {
    render(
      <PostingView
        posting={samplePosting({ preferredQualifications: [], locations: [] })}
        analysis={sampleAnalysis({ missing: ['preferredQualifications', 'locations'] })}
      />,
    );
    expect(screen.getByRole('status').textContent).toMatch(
      /Couldn’t read: preferred qualifications, locations/,
    );
  });

  it('renders the extra slot after the Leadership Principles and before the process', () => {
    render(
      <PostingView
        posting={samplePosting()}
        analysis={sampleAnalysis()}
        extra={<section aria-label="Recruiter-screen opener">Opener here</section>}
      />,
    );
    const regions = screen
      .getAllByRole('region')
      .map((r) => r.getAttribute('aria-label') ?? r.querySelector('h2, h3')?.textContent);
    const lps = regions.indexOf('Likely Leadership Principles');
    const opener = regions.indexOf('Recruiter-screen opener');
    const process = regions.indexOf('Interview process');
    expect(lps).toBeGreaterThanOrEqual(0);
    expect(opener).toBe(lps + 1);
    expect(process).toBeGreaterThan(opener);
  });

  it('keeps the interview process collapsed until asked for', () => {
    render(<PostingView posting={samplePosting()} analysis={sampleAnalysis()} />);
    const process = screen.getByRole('region', { name: 'Interview process' });
    expect(process.querySelector('details')?.open).toBe(false);
  });

  it('shows hostile page text as literal text, never as markup', () => {
    const hostile = '<img src=x onerror=alert(1)> Engineer';
    const { container } = render(
      <PostingView
        posting={samplePosting({ title: hostile, team: '<script>window.__pwned=1</script>' })}
        analysis={sampleAnalysis({
          title: hostile,
          role: { family: 'other', label: 'Other', evidence: [hostile] },
        })}
      />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(hostile);
    expect(container.textContent).toContain('<script>window.__pwned=1</script>');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
  });
});
