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

  it('says before deleting that a backup does not hold the resume', async () => {
    render(<DeleteAllData state="idle" onDelete={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: 'Delete all my data' }));
    expect(
      screen.getByText(
        /but not your resume, prep plan or recordings: copy your resume somewhere safe first/,
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

  it('says when everything is gone', () => {
    render(<DeleteAllData state="done" onDelete={() => undefined} />);
    expect(screen.getByRole('status').textContent).toMatch(/deleted/);
  });
});
