import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RoleSummary } from '@/components/posting/role-summary';

describe('RoleSummary', () => {
  it('shows the role family and the words that decided it', () => {
    render(
      <RoleSummary
        role={{
          family: 'product-manager',
          label: 'Product Manager',
          evidence: ['roadmap', 'product vision'],
        }}
      />,
    );
    expect(screen.getByText('Product Manager')).toBeTruthy();
    expect(screen.getByText('roadmap')).toBeTruthy();
    expect(screen.getByText('product vision')).toBeTruthy();
  });

  it('shows no evidence line when there is none', () => {
    render(<RoleSummary role={{ family: 'other', label: 'Other', evidence: [] }} />);
    expect(screen.queryByText(/Evidence:/)).toBeNull();
  });
});
