import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PostingSummary } from '@/components/posting/posting-summary';
import { samplePosting } from './sample-analysis';

describe('PostingSummary', () => {
  it('shows the title, job id, locations, category and team', () => {
    const { container } = render(<PostingSummary posting={samplePosting()} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Software Development Engineer II, Checkout Experience',
    );
    const text = container.textContent;
    expect(text).toContain('Job ID9900112');
    expect(text).toContain('LocationsSeattle, WA, USA; Austin, TX, USA');
    expect(text).toContain('CategorySoftware Development');
    expect(text).toContain('TeamCheckout');
  });

  it('leaves out facts the page did not give and names an untitled posting', () => {
    const { container } = render(
      <PostingSummary
        posting={samplePosting({ title: '', team: '', category: '', locations: [] })}
      />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Untitled posting');
    expect(container.textContent).not.toMatch(/Team|Category|Location/);
  });

  it('says "Location" for a single place', () => {
    const { container } = render(
      <PostingSummary posting={samplePosting({ locations: ['Berlin, DE'] })} />,
    );
    expect(container.textContent).toContain('LocationBerlin, DE');
  });

  it('renders a hostile title as text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { container } = render(<PostingSummary posting={samplePosting({ title: hostile })} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(hostile);
    expect(container.querySelector('img')).toBeNull();
  });
});
