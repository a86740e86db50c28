import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetResumeSession } from '@/components/resume/use-resume';
import { ResumeView } from '@/components/resume/resume-view';
import { LoopReadyDb, useDb } from '@/lib/db/db';
import { loadResume, saveResume } from '@/lib/db/resume';

/** A file that says it is `size` bytes and whose bytes arrive when `arrive` is called. */
function fileOf(name: string, size: number, text = 'EXPERIENCE\n- Shipped v3') {
  const file = new File([text], name, { type: 'text/plain' });
  Object.defineProperty(file, 'size', { value: size });
  let arrive = () => undefined as void;
  const read = vi.fn(
    () =>
      new Promise<ArrayBuffer>((resolve) => {
        arrive = () => resolve(new TextEncoder().encode(text).buffer);
      }),
  );
  Object.defineProperty(file, 'arrayBuffer', { value: read });
  return { file, read, arrive: () => arrive() };
}

describe('importing a resume file', () => {
  beforeEach(() => {
    resetResumeSession();
    useDb(new LoopReadyDb(`test-import-${Math.random()}`));
  });

  it('refuses a 3.2 GB file by its size without reading it', async () => {
    await saveResume('EXPERIENCE\n- Built the old cache');
    render(<ResumeView />);
    const input = await screen.findByLabelText('Import PDF, .docx or .txt');
    const huge = fileOf('huge.pdf', 3.2 * 1024 ** 3);
    await userEvent.upload(input, huge.file);
    expect((await screen.findByRole('alert')).textContent).toBe(
      '"huge.pdf" is 3276.8 MB, over the 10.0 MB LoopReady imports; export a smaller file.',
    );
    expect(huge.read).not.toHaveBeenCalled();
    expect((await loadResume())?.text).toBe('EXPERIENCE\n- Built the old cache');
  });

  it('a file that cannot be read gives a message, not an unhandled error', async () => {
    render(<ResumeView />);
    const input = await screen.findByLabelText('Import PDF, .docx or .txt');
    const file = new File(['x'], 'cv.txt', { type: 'text/plain' });
    Object.defineProperty(file, 'arrayBuffer', {
      value: () => Promise.reject(new Error('The file could not be read')),
    });
    await userEvent.upload(input, file);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Couldn\'t read "cv.txt": The file could not be read',
    );
  });

  it('shows progress and a Cancel after a second; Cancel replaces nothing', async () => {
    await saveResume('EXPERIENCE\n- Built the old cache');
    render(<ResumeView />);
    const input = await screen.findByLabelText('Import PDF, .docx or .txt');
    const slow = fileOf('slow.txt', 30);
    await userEvent.upload(input, slow.file);
    expect(screen.queryByText(/Reading slow\.txt/)).toBeNull();
    const cancel = await screen.findByRole('button', { name: 'Cancel import' }, { timeout: 2_000 });
    expect(screen.getByText('Reading slow.txt…')).toBeTruthy();
    await userEvent.click(cancel);
    slow.arrive();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Stopped reading "slow.txt"; nothing was replaced.',
    );
    expect(screen.queryByRole('button', { name: 'Cancel import' })).toBeNull();
    expect(screen.getByLabelText<HTMLTextAreaElement>('Your resume (paste it here)').value).toBe(
      'EXPERIENCE\n- Built the old cache',
    );
    expect((await loadResume())?.text).toBe('EXPERIENCE\n- Built the old cache');
  });
});
