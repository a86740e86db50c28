import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ErrorNotice } from '@/components/common/error-notice';

describe('ErrorNotice', () => {
  it('announces an error as an alert', () => {
    render(<ErrorNotice>Import failed: line 3 has no title.</ErrorNotice>);
    expect(screen.getByRole('alert').textContent).toBe('Import failed: line 3 has no title.');
  });

  it('shows a partial result as a polite status', () => {
    render(<ErrorNotice tone="partial">Couldn’t read: team.</ErrorNotice>);
    expect(screen.getByRole('status').textContent).toBe('Couldn’t read: team.');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
