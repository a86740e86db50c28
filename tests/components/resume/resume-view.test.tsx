import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ResumeView } from '@/components/resume/resume-view';
import { LoopReadyDb, useDb } from '@/lib/db/db';
import { loadResume, saveResume } from '@/lib/db/resume';

describe('ResumeView', () => {
  beforeEach(() => {
    useDb(new LoopReadyDb(`test-view-${Math.random()}`));
  });

  it('checks a pasted resume and re-checks an edited bullet', async () => {
    render(<ResumeView />);
    const box = await screen.findByLabelText('Your resume (paste it here)');
    await userEvent.click(box);
    await userEvent.paste('EXPERIENCE\n- Responsible for migrating the jobs to Kafka');
    expect(await screen.findByText('Weak opening')).toBeTruthy();
    expect(screen.getByText(/"Migrated the jobs to Kafka"/)).toBeTruthy();
    const bullet = screen.getByRole('textbox', { name: 'Bullet 1' });
    await userEvent.clear(bullet);
    await userEvent.type(bullet, 'Migrated 40 jobs to Kafka');
    await waitFor(() => expect(screen.queryByText('Weak opening')).toBeNull());
    expect(screen.getByText('Looks strong.')).toBeTruthy();
    await waitFor(async () =>
      expect((await loadResume())?.text).toBe('EXPERIENCE\n- Migrated 40 jobs to Kafka'),
    );
  });

  it('restores the saved resume and forgets it on request', async () => {
    await saveResume('EXPERIENCE\n- Helped build the cache');
    render(<ResumeView />);
    expect(await screen.findByText('Weak opening')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Forget my resume' }));
    expect(await screen.findByText('Your resume was deleted from this computer.')).toBeTruthy();
    expect(await loadResume()).toBeUndefined();
    expect(screen.getByLabelText<HTMLTextAreaElement>('Your resume (paste it here)').value).toBe(
      '',
    );
  });

  it('brings a forgotten resume back with Undo, in the editor and on disk', async () => {
    await saveResume('EXPERIENCE\n- Helped build the cache', 'cv.txt');
    render(<ResumeView />);
    await screen.findByText('Weak opening');
    await userEvent.click(screen.getByRole('button', { name: 'Forget my resume' }));
    await waitFor(async () => expect(await loadResume()).toBeUndefined());
    await userEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(screen.getByLabelText<HTMLTextAreaElement>('Your resume (paste it here)').value).toBe(
      'EXPERIENCE\n- Helped build the cache',
    );
    expect(screen.getByText('From cv.txt')).toBeTruthy();
    expect(await loadResume()).toMatchObject({
      text: 'EXPERIENCE\n- Helped build the cache',
      fileName: 'cv.txt',
    });
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('keeps a resume over the save cap in the editor, says why it is not saved, and keeps the saved copy', async () => {
    await saveResume('EXPERIENCE\n- Built the old cache');
    render(<ResumeView />);
    const box = await screen.findByLabelText<HTMLTextAreaElement>('Your resume (paste it here)');
    const huge = `EXPERIENCE\n- ${'Shipped v2. '.repeat(170_000)}`;
    fireEvent.change(box, { target: { value: huge } });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Not saved: your resume is 2,040,013 characters, over the 2,000,000 LoopReady keeps on this computer. The saved copy is unchanged; shorten the text here to save it.',
    );
    expect(box.value).toBe(huge);
    await new Promise((r) => setTimeout(r, 600));
    expect((await loadResume())?.text).toBe('EXPERIENCE\n- Built the old cache');
    // Shortened under the cap: saved, and the error goes away.
    fireEvent.change(box, { target: { value: 'EXPERIENCE\n- Shipped v2' } });
    await waitFor(async () => expect((await loadResume())?.text).toBe('EXPERIENCE\n- Shipped v2'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses an import too large to keep before replacing anything', async () => {
    await saveResume('EXPERIENCE\n- Built the old cache');
    render(<ResumeView />);
    const input = await screen.findByLabelText('Import PDF, .docx or .txt');
    const big = new File([`- ${'Shipped v2. '.repeat(170_000)}`], 'big.txt', {
      type: 'text/plain',
    });
    await userEvent.upload(input, big);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'over the 2,000,000 LoopReady can keep; nothing was replaced.',
    );
    expect(screen.getByLabelText<HTMLTextAreaElement>('Your resume (paste it here)').value).toBe(
      'EXPERIENCE\n- Built the old cache',
    );
    expect((await loadResume())?.text).toBe('EXPERIENCE\n- Built the old cache');
  });

  it('shows why a save failed and keeps the text', async () => {
    const db = new LoopReadyDb(`test-view-fail-${Math.random()}`);
    useDb(db);
    render(<ResumeView />);
    const box = await screen.findByLabelText<HTMLTextAreaElement>('Your resume (paste it here)');
    vi.spyOn(db.resumes, 'put').mockRejectedValue(new Error('the disk is full'));
    fireEvent.change(box, { target: { value: 'EXPERIENCE\n- Shipped v2' } });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Not saved: the disk is full. The text stays here; copy it somewhere safe before closing the panel.',
    );
    expect(box.value).toBe('EXPERIENCE\n- Shipped v2');
  });

  it('explains a file it cannot import', async () => {
    render(<ResumeView />);
    const input = await screen.findByLabelText('Import PDF, .docx or .txt');
    await userEvent.upload(input, new File(['x'], 'photo.png', { type: 'image/png' }), {
      applyAccept: false,
    });
    expect((await screen.findByRole('alert')).textContent).toContain(
      'choose a .pdf, .docx or .txt file',
    );
  });
});
