import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProcessTimeline } from '@/components/posting/process-timeline';
import { interviewProcess } from '@/lib/process/interview-process';

describe('ProcessTimeline', () => {
  it('shows before, the loop with its round count ending in the Bar Raiser, after, and tips', () => {
    render(<ProcessTimeline process={interviewProcess('product-manager', 'L6', false)} />);
    expect(screen.getByRole('heading', { name: 'Before the loop' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'The loop: 5 rounds' })).toBeTruthy();
    const rounds = within(screen.getByRole('list', { name: 'Loop rounds' })).getAllByRole(
      'listitem',
    );
    expect(rounds[0]!.textContent).toContain('Product case');
    expect(rounds.at(-1)!.textContent).toContain('Bar Raiser');
    expect(screen.getByRole('heading', { name: 'After the loop' })).toBeTruthy();
    expect(screen.getByText(/can block a hire/)).toBeTruthy();
    expect(screen.getByText(/do not reuse a story/)).toBeTruthy();
  });

  it('shows an intern’s two interviews', () => {
    render(<ProcessTimeline process={interviewProcess('software-engineer', 'intern', false)} />);
    expect(screen.getByRole('heading', { name: 'The loop: 2 rounds' })).toBeTruthy();
    expect(screen.queryByText('Bar Raiser')).toBeNull();
  });
});
