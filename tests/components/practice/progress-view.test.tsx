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

  it('says how to start when nothing was practised', () => {
    render(<ProgressView attempts={[]} />);
    expect(screen.getByText(/No practice answers yet/)).toBeTruthy();
  });
});
