import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnswerTimer } from '@/components/practice/answer-timer';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('AnswerTimer', () => {
  it('marks 75 seconds and 2 minutes on a fake clock', () => {
    let now = 1_000;
    render(<AnswerTimer clock={() => now} />);
    expect(screen.getByText('Start the timer when you start talking.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    const advance = (ms: number) =>
      act(() => {
        now += ms;
        vi.advanceTimersByTime(250);
      });
    advance(30_000);
    expect(screen.getByRole('timer').textContent).toBe('0:30');
    advance(45_000);
    expect(screen.getByRole('timer').textContent).toBe('1:15');
    expect(screen.getByText(/land the result now/)).toBeTruthy();
    expect(screen.getByText('75 s ✓')).toBeTruthy();
    advance(45_000);
    expect(screen.getByText(/2 min: stop/)).toBeTruthy();
    expect(screen.getByText('2 min ✓')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Stop timer' }));
    expect(screen.getByRole('button', { name: 'Restart timer' })).toBeTruthy();
  });
});
