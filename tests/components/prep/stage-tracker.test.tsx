import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { StageTracker } from '@/components/prep/stage-tracker';

describe('StageTracker', () => {
  it('shows where the candidate is with typical timings, and moves on a click', async () => {
    const onChange = vi.fn();
    render(<StageTracker current="loop" onChange={onChange} />);
    expect(screen.getByRole('button', { name: 'Loop' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText(/within five business days/)).toBeTruthy();
    expect(screen.getAllByText('(done)')).toHaveLength(4);
    await userEvent.click(screen.getByRole('button', { name: 'Debrief and decision' }));
    expect(onChange).toHaveBeenCalledWith('debrief');
  });

  it('marks only one stage as next (issue 20)', () => {
    render(<StageTracker current="applied" onChange={vi.fn()} />);
    expect(screen.getAllByText('(next)')).toHaveLength(1);
    expect(screen.getAllByText('(later)').length).toBeGreaterThan(1);
  });
});
