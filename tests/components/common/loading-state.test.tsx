import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LoadingState } from '@/components/common/loading-state';

describe('LoadingState', () => {
  it('announces what is loading', () => {
    render(<LoadingState label="Reading the posting…" />);
    expect(screen.getByRole('status').textContent).toBe('Reading the posting…');
  });
});
