import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { NoPosting } from '@/components/posting/no-posting';

describe('NoPosting', () => {
  it('explains what LoopReady does and links to amazon.jobs in a new tab', () => {
    render(<NoPosting sidePanelHref="/sidepanel.html" />);
    expect(screen.getByRole('heading', { name: 'No job posting on this tab' })).toBeTruthy();
    expect(screen.getByText(/Leadership Principles/)).toBeTruthy();
    const jobs = screen.getByRole('link', { name: /amazon\.jobs/ });
    expect(jobs.getAttribute('href')).toBe('https://www.amazon.jobs/');
    expect(jobs.getAttribute('target')).toBe('_blank');
    expect(jobs.getAttribute('rel')).toBe('noreferrer');
  });

  it('links to the side panel page it is given', () => {
    render(<NoPosting sidePanelHref="/sidepanel.html" />);
    expect(screen.getByRole('link', { name: /side panel/ }).getAttribute('href')).toBe(
      '/sidepanel.html',
    );
  });
});

describe('NoPosting side panel link', () => {
  it('hands the click to the side panel opener', async () => {
    const onOpenSidePanel = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    render(<NoPosting sidePanelHref="/sidepanel.html" onOpenSidePanel={onOpenSidePanel} />);
    await userEvent.click(screen.getByRole('link', { name: /side panel/ }));
    expect(onOpenSidePanel).toHaveBeenCalledOnce();
  });
});
