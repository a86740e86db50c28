import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ViewTabs } from '@/components/common/view-tabs';

const views = [
  { id: 'resume', label: 'Resume' },
  { id: 'stories', label: 'Stories' },
  { id: 'plan', label: 'Plan' },
] as const;

function Harness() {
  const [current, setCurrent] = useState<(typeof views)[number]['id']>('resume');
  return (
    <ViewTabs views={views} current={current} onSelect={setCurrent} panelId="p" label="Views" />
  );
}

describe('ViewTabs', () => {
  it('is one Tab stop, the selected tab', () => {
    render(<Harness />);
    expect(screen.getByRole('tab', { name: 'Resume' }).tabIndex).toBe(0);
    expect(screen.getByRole('tab', { name: 'Stories' }).tabIndex).toBe(-1);
  });

  it('moves and selects with the arrow keys, Home and End, wrapping around', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByRole('tab', { name: 'Resume' }));
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Stories', selected: true })).toBe(
      document.activeElement,
    );
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Plan', selected: true })).toBe(document.activeElement);
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Resume', selected: true })).toBe(
      document.activeElement,
    );
    await userEvent.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Plan', selected: true })).toBe(document.activeElement);
    await userEvent.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: 'Resume', selected: true })).toBe(
      document.activeElement,
    );
  });
});
