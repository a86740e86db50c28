import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DeleteAllData } from '@/components/common/delete-all-data';

describe('DeleteAllData', () => {
  it('asks once more before deleting everything', async () => {
    const onDelete = vi.fn();
    render(<DeleteAllData state="idle" onDelete={onDelete} />);
    await userEvent.click(screen.getByRole('button', { name: 'Delete all my data' }));
    expect(onDelete).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    expect(onDelete).toHaveBeenCalledOnce();
  });

  it('says before deleting what a backup holds (recordings only when asked)', async () => {
    render(<DeleteAllData state="idle" onDelete={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: 'Delete all my data' }));
    expect(
      screen.getByText(
        /A backup .* keeps everything but your recordings, unless you tick “Include recordings”/,
      ),
    ).toBeTruthy();
  });

  it('lets the user back out', async () => {
    const onDelete = vi.fn();
    render(<DeleteAllData state="idle" onDelete={onDelete} />);
    await userEvent.click(screen.getByRole('button', { name: 'Delete all my data' }));
    await userEvent.click(screen.getByRole('button', { name: 'Keep my data' }));
    expect(onDelete).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Delete all my data' })).toBeTruthy();
  });

  it('lists the practice answers among what it keeps', () => {
    render(<DeleteAllData state="idle" onDelete={() => undefined} />);
    expect(screen.getByText(/resume, prep plan, practice answers, the/)).toBeTruthy();
  });

  it('says when everything is gone', () => {
    render(<DeleteAllData state="done" onDelete={() => undefined} />);
    expect(screen.getByRole('status').textContent).toMatch(/deleted/);
  });
});
