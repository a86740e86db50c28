import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PrepPlanView } from '@/components/prep/prep-plan-view';
import type { PrepState } from '@/lib/prep/prep-state-schema';

const handlers = () => ({ onDate: vi.fn(), onDone: vi.fn(), onStage: vi.fn() });
const state = (s: Partial<PrepState>): PrepState => ({
  interviewDate: '',
  done: [],
  stage: 'applied',
  ...s,
});

describe('PrepPlanView', () => {
  it('asks for a date, and passes the chosen one up', () => {
    const h = handlers();
    render(<PrepPlanView today="2026-03-02" process={null} state={state({})} {...h} />);
    expect(screen.getByText('Pick your interview date to get a dated plan.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Interview date'), { target: { value: '2026-03-16' } });
    expect(h.onDate).toHaveBeenCalledWith('2026-03-16');
  });

  it('lists dated items with ticks and links to the views that do them', async () => {
    const h = handlers();
    render(
      <PrepPlanView
        today="2026-03-02"
        process={null}
        state={state({ interviewDate: '2026-03-16', done: ['stories-1'] })}
        locale="en-GB"
        {...h}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Mon 2 Mar (today)' })).toBeTruthy();
    const stories = screen.getByRole('checkbox', { name: 'Write 8 STAR stories' });
    expect((stories as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/^1 of \d+ done\.$/)).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'Open Stories' })[0]?.getAttribute('href')).toBe(
      '?view=stories',
    );
    await userEvent.click(screen.getByRole('checkbox', { name: 'Technical drills (day 1 of 2)' }));
    expect(h.onDone).toHaveBeenCalledWith('drills-1', true);
  });

  it('says when the interview date is in the past', () => {
    render(
      <PrepPlanView
        today="2026-03-02"
        process={null}
        state={state({ interviewDate: '2026-02-20' })}
        {...handlers()}
      />,
    );
    expect(screen.getByText(/is in the past/)).toBeTruthy();
  });
});
