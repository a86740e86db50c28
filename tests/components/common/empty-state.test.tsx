import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EmptyState } from '@/components/common/empty-state';

describe('EmptyState', () => {
  it('shows a heading and what to do next', () => {
    render(
      <EmptyState title="No stories yet">
        <a href="#add">Add your first</a>
      </EmptyState>,
    );
    expect(screen.getByRole('heading', { name: 'No stories yet' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Add your first' })).toBeTruthy();
  });
});
