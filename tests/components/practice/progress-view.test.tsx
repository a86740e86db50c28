import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProgressView } from '@/components/practice/progress-view';
import { sampleAttempt } from '../../lib/db/sample-attempt';

describe('ProgressView', () => {
  it('charts the principles practised and lists the ones never practised', () => {
    render(
      <ProgressView
        attempts={[
          { ...sampleAttempt, id: 'a' },
          {
            ...sampleAttempt,
            id: 'b',
            figures: { ...sampleAttempt.figures, resultPresent: false },
          },
        ]}
      />,
    );
    expect(
      screen.getByRole('img', { name: 'Dive Deep: 2 attempts; last 4 s, “I” 100%, no result' }),
    ).toBeTruthy();
    expect(screen.getByText(/Frugality/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Never practised' })).toBeTruthy();
  });

  it('labels the chart axes, keys each line, and counts a follow-up reply with its attempt (issue 20)', () => {
    const { container } = render(
      <ProgressView
        attempts={[
          { ...sampleAttempt, id: 'a' },
          { ...sampleAttempt, id: 'b', followUpOf: 'a', question: 'Why that way?' },
        ]}
      />,
    );
    expect(screen.getByRole('img', { name: /^Dive Deep: 1 attempt;/ })).toBeTruthy();
    expect(screen.getByText(/1 follow-up answered/)).toBeTruthy();
    const axis = [...container.querySelectorAll('.axis text')].map((t) => t.textContent);
    expect(axis).toEqual(['100%', '0', 'oldest', 'latest']);
    expect(screen.getByText('Length, as a share of 2 minutes')).toBeTruthy();
    expect(screen.getByText('“I” share of “I” and “we”')).toBeTruthy();
  });

  it('says how to start when nothing was practised', () => {
    render(<ProgressView attempts={[]} />);
    expect(screen.getByText(/No practice answers yet/)).toBeTruthy();
  });
});
