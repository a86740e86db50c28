import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentPosting } from '@/components/common/use-current-posting';
import { App } from '@/entrypoints/popup/app';
import { sampleAnalysis, samplePosting } from '../components/posting/sample-analysis';

let current: CurrentPosting;
vi.mock('@/components/common/use-current-posting', () => ({
  useCurrentPosting: () => current,
}));

describe('popup App', () => {
  beforeEach(() => {
    current = { status: 'loading', result: null, analysis: null };
  });

  it('says it is reading the posting while the tab answers', () => {
    render(<App />);
    expect(screen.getByRole('status').textContent).toBe('Reading the posting…');
  });

  it('explains itself and links to amazon.jobs when the tab is not a job page', () => {
    current = { status: 'none', result: null, analysis: null };
    render(<App />);
    expect(screen.getByRole('link', { name: /amazon\.jobs/ })).toBeTruthy();
  });

  it('shows the analysis and a side panel link for a job page', () => {
    current = {
      status: 'ready',
      result: { posting: samplePosting(), missing: [] },
      analysis: sampleAnalysis(),
    };
    render(<App />);
    expect(screen.getByText('SDE II, L5')).toBeTruthy();
    expect(screen.getByRole('link', { name: /side panel/ }).getAttribute('href')).toBe(
      '/sidepanel.html',
    );
  });
});
