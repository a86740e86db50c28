import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetResumeSession } from '@/components/resume/use-resume';
import { ResumeView } from '@/components/resume/resume-view';
import { LoopReadyDb, useDb } from '@/lib/db/db';
import { loadResume, saveResume } from '@/lib/db/resume';
import { savedAtText } from '@/lib/resume/forget';

describe('ResumeView', () => {
  beforeEach(() => {
    resetResumeSession();
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
    // The save waits for a pause in typing, then IndexedDB: allow for a loaded machine.
    await waitFor(
      async () =>
        expect((await loadResume())?.text).toBe('EXPERIENCE\n- Migrated 40 jobs to Kafka'),
      { timeout: 15_000 },
    );
  }, 30_000);

  it('restores the saved resume and forgets it once the user confirms', async () => {
    await saveResume(
      'EXPERIENCE\n- Helped build the cache',
      'cv.txt',
      Date.UTC(2026, 11, 1, 21, 34),
    );
    render(<ResumeView />);
    expect(await screen.findByText('Weak opening')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Forget my resume' }));
    const ask = await screen.findByRole('group', { name: 'Forget your resume?' });
    expect(ask.textContent).toContain(
      `This deletes the resume saved on this computer (saved ${savedAtText(Date.UTC(2026, 11, 1, 21, 34))}, from cv.txt) and clears the box.`,
    );
    // Asking deletes nothing.
    expect((await loadResume())?.text).toBe('EXPERIENCE\n- Helped build the cache');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: 'Forget your resume?' })).toBeNull();
    expect((await loadResume())?.text).toBe('EXPERIENCE\n- Helped build the cache');

    await userEvent.click(screen.getByRole('button', { name: 'Forget my resume' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Delete my resume' }));
    expect(
      await screen.findByText(
        'Your resume was deleted from this computer. You can undo this until you change the text or close the panel.',
      ),
    ).toBeTruthy();
    expect(await loadResume()).toBeUndefined();
    const box = screen.getByLabelText<HTMLTextAreaElement>('Your resume (paste it here)');
    expect(box.value).toBe('');
    // New text replaces what Undo would bring back: the offer ends rather than overwrite it.
    fireEvent.change(box, { target: { value: 'EXPERIENCE\n- Shipped v2' } });
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('brings a forgotten resume back with Undo, in the editor and on disk', async () => {
    await saveResume('EXPERIENCE\n- Helped build the cache', 'cv.txt', 42);
    render(<ResumeView />);
    await screen.findByText('Weak opening');
    await userEvent.click(screen.getByRole('button', { name: 'Forget my resume' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Delete my resume' }));
    await waitFor(async () => expect(await loadResume()).toBeUndefined());
    await userEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLTextAreaElement>('Your resume (paste it here)').value).toBe(
        'EXPERIENCE\n- Helped build the cache',
      ),
    );
    expect(screen.getByText('From cv.txt')).toBeTruthy();
    // The row as it was, with the date it was saved, not the date of the undo.
    expect(await loadResume()).toEqual({
      id: 'current',
      text: 'EXPERIENCE\n- Helped build the cache',
      fileName: 'cv.txt',
      updatedAt: 42,
    });
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('a double click on the answer still leaves an Undo that restores the saved copy', async () => {
    await saveResume('EXPERIENCE\n- Helped build the cache', 'cv.txt', 42);
    render(<ResumeView />);
    await screen.findByText('Weak opening');
    await userEvent.click(screen.getByRole('button', { name: 'Forget my resume' }));
    const yes = await screen.findByRole('button', { name: 'Delete my resume' });
    fireEvent.click(yes);
    fireEvent.click(yes);
    await userEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () =>
      expect(await loadResume()).toMatchObject({
        text: 'EXPERIENCE\n- Helped build the cache',
        updatedAt: 42,
      }),
    );
  });

  it('forgetting text over the save cap names the older saved copy and keeps it unless told', async () => {
    await saveResume('EXPERIENCE\n- Built the old cache', 'old.txt', 42);
    render(<ResumeView />);
    const box = await screen.findByLabelText<HTMLTextAreaElement>('Your resume (paste it here)');
    const huge = `EXPERIENCE\n- ${'Shipped v2. '.repeat(170_000)}`;
    fireEvent.change(box, { target: { value: huge } });
    await screen.findByRole('alert');
    await userEvent.click(screen.getByRole('button', { name: 'Forget my resume' }));
    const ask = await screen.findByRole('group', { name: 'Forget your resume?' });
    expect(ask.textContent).toContain(
      `The text in the box is not saved: it is over the 2,000,000-character limit. An earlier resume is saved on this computer (saved ${savedAtText(42)}, from old.txt). You can delete both, or discard the text in the box and go back to the saved copy.`,
    );

    // Going back to the saved copy deletes nothing from the computer.
    await userEvent.click(screen.getByRole('button', { name: 'Go back to the saved copy' }));
    expect(box.value).toBe('EXPERIENCE\n- Built the old cache');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await loadResume()).toMatchObject({
      text: 'EXPERIENCE\n- Built the old cache',
      updatedAt: 42,
    });
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(box.value).toBe(huge));
    expect((await screen.findByRole('alert')).textContent).toContain('Not saved: your resume is');

    // Deleting both, then Undo: the older saved copy and the long text both come back.
    await userEvent.click(screen.getByRole('button', { name: 'Forget my resume' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Delete both' }));
    await waitFor(() => expect(box.value).toBe(''));
    expect(await loadResume()).toBeUndefined();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(box.value).toBe(huge));
    expect((await screen.findByRole('alert')).textContent).toContain('Not saved: your resume is');
    expect(await loadResume()).toEqual({
      id: 'current',
      text: 'EXPERIENCE\n- Built the old cache',
      fileName: 'old.txt',
      updatedAt: 42,
    });
  });

  it('forgetting after a failed save says so and offers the saved copy back', async () => {
    const db = new LoopReadyDb(`test-view-forget-fail-${Math.random()}`);
    useDb(db);
    await saveResume('EXPERIENCE\n- Built the old cache', '', 42);
    render(<ResumeView />);
    const box = await screen.findByLabelText<HTMLTextAreaElement>('Your resume (paste it here)');
    await waitFor(() => expect(box.value).toBe('EXPERIENCE\n- Built the old cache'));
    // Fails on the first try and again when the question flushes the retry.
    const put = vi.spyOn(db.resumes, 'put').mockRejectedValue(new Error('the disk is full'));
    fireEvent.change(box, { target: { value: 'EXPERIENCE\n- Shipped v2' } });
    await screen.findByRole('alert');
    await userEvent.click(screen.getByRole('button', { name: 'Forget my resume' }));
    expect(
      (await screen.findByRole('group', { name: 'Forget your resume?' })).textContent,
    ).toContain(
      'The text in the box is not saved: the last save failed. An earlier resume is saved on this computer',
    );
    // The disk works again: answering must not let the retry overwrite the copy just offered.
    put.mockRestore();
    await userEvent.click(screen.getByRole('button', { name: 'Go back to the saved copy' }));
    expect(box.value).toBe('EXPERIENCE\n- Built the old cache');
    expect((await loadResume())?.text).toBe('EXPERIENCE\n- Built the old cache');
    // Undo brings the unsaved text back, and its save is tried again when the panel closes.
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(box.value).toBe('EXPERIENCE\n- Shipped v2'));
    expect((await loadResume())?.text).toBe('EXPERIENCE\n- Built the old cache');
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(async () => expect((await loadResume())?.text).toBe('EXPERIENCE\n- Shipped v2'));
  });

  it('with nothing saved, forgetting only clears the box and says so', async () => {
    render(<ResumeView />);
    const box = await screen.findByLabelText<HTMLTextAreaElement>('Your resume (paste it here)');
    const huge = `EXPERIENCE\n- ${'Shipped v2. '.repeat(170_000)}`;
    fireEvent.change(box, { target: { value: huge } });
    await userEvent.click(screen.getByRole('button', { name: 'Forget my resume' }));
    expect(
      (await screen.findByRole('group', { name: 'Forget your resume?' })).textContent,
    ).toContain('Nothing is saved on this computer, so this only clears the box.');
    await userEvent.click(screen.getByRole('button', { name: 'Clear the box' }));
    expect(
      await screen.findByText(
        'The box was cleared; nothing had been saved. You can undo this until you change the text or close the panel.',
      ),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    // Undo restores asynchronously; compared by length and equality, since printing two
    // megabytes on a failure helps nobody.
    await waitFor(() => expect(box.value.length).toBe(huge.length));
    expect(box.value === huge).toBe(true);
  });

  it('typing while the question is open withdraws it', async () => {
    await saveResume('EXPERIENCE\n- Built the old cache');
    render(<ResumeView />);
    const box = await screen.findByLabelText<HTMLTextAreaElement>('Your resume (paste it here)');
    await waitFor(() => expect(box.value).not.toBe(''));
    await userEvent.click(screen.getByRole('button', { name: 'Forget my resume' }));
    await screen.findByRole('group', { name: 'Forget your resume?' });
    fireEvent.change(box, { target: { value: 'EXPERIENCE\n- Shipped v2' } });
    expect(screen.queryByRole('group', { name: 'Forget your resume?' })).toBeNull();
  });

  it('a tab switch keeps text that is not saved, and the Undo on offer', async () => {
    await saveResume('EXPERIENCE\n- Built the old cache');
    const first = render(<ResumeView />);
    let box = await screen.findByLabelText<HTMLTextAreaElement>('Your resume (paste it here)');
    const huge = `EXPERIENCE\n- ${'Shipped v2. '.repeat(170_000)}`;
    fireEvent.change(box, { target: { value: huge } });
    first.unmount();
    const second = render(<ResumeView />);
    box = await screen.findByLabelText<HTMLTextAreaElement>('Your resume (paste it here)');
    expect(box.value).toBe(huge);
    expect((await screen.findByRole('alert')).textContent).toContain('Not saved: your resume is');

    await userEvent.click(screen.getByRole('button', { name: 'Forget my resume' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Delete both' }));
    await waitFor(() => expect(box.value).toBe(''));
    second.unmount();
    render(<ResumeView />);
    await userEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLTextAreaElement>('Your resume (paste it here)').value).toBe(
        huge,
      ),
    );
    expect((await loadResume())?.text).toBe('EXPERIENCE\n- Built the old cache');
  });

  it('writes the last edit at once when the panel is closed, not after the typing pause', async () => {
    const db = new LoopReadyDb(`test-view-close-${Math.random()}`);
    useDb(db);
    render(<ResumeView />);
    const box = await screen.findByLabelText<HTMLTextAreaElement>('Your resume (paste it here)');
    const put = vi.spyOn(db.resumes, 'put');
    fireEvent.change(box, { target: { value: 'EXPERIENCE\n- Shipped v2' } });
    expect(put).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('pagehide'));
    // Well inside the 400 ms typing pause: only the page going away can have started the write.
    await new Promise((r) => setTimeout(r, 50));
    expect(put).toHaveBeenCalledWith(expect.objectContaining({ text: 'EXPERIENCE\n- Shipped v2' }));
    expect(put).toHaveBeenCalledTimes(1);
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

  it('an import over another resume can be undone, box and saved copy', async () => {
    await saveResume('EXPERIENCE\n- Migrated 40 jobs to Kafka', 'edited.txt', 42);
    render(<ResumeView />);
    const box = await screen.findByLabelText<HTMLTextAreaElement>('Your resume (paste it here)');
    await waitFor(() => expect(box.value).toBe('EXPERIENCE\n- Migrated 40 jobs to Kafka'));
    await userEvent.upload(
      screen.getByLabelText('Import PDF, .docx or .txt'),
      new File(['EXPERIENCE\n- Helped with the old cache'], 'old-cv.txt', { type: 'text/plain' }),
    );
    await waitFor(() => expect(box.value).toBe('EXPERIENCE\n- Helped with the old cache'));
    expect(
      screen.getByText(
        'Imported old-cv.txt in place of the resume that was in the box. You can undo this until you change the text or close the panel.',
      ),
    ).toBeTruthy();
    // The import is saved as usual...
    await waitFor(async () =>
      expect((await loadResume())?.text).toBe('EXPERIENCE\n- Helped with the old cache'),
    );
    // ...and Undo puts the edited resume back, on disk exactly as it was.
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(box.value).toBe('EXPERIENCE\n- Migrated 40 jobs to Kafka'));
    expect(screen.getByText('From edited.txt')).toBeTruthy();
    expect(await loadResume()).toEqual({
      id: 'current',
      text: 'EXPERIENCE\n- Migrated 40 jobs to Kafka',
      fileName: 'edited.txt',
      updatedAt: 42,
    });
  });

  it('an import into an empty box offers no Undo', async () => {
    render(<ResumeView />);
    const box = await screen.findByLabelText<HTMLTextAreaElement>('Your resume (paste it here)');
    await userEvent.upload(
      screen.getByLabelText('Import PDF, .docx or .txt'),
      new File(['EXPERIENCE\n- Shipped v2'], 'cv.txt', { type: 'text/plain' }),
    );
    await waitFor(() => expect(box.value).toBe('EXPERIENCE\n- Shipped v2'));
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('tries a failed save again when the panel closes', async () => {
    const db = new LoopReadyDb(`test-view-retry-${Math.random()}`);
    useDb(db);
    render(<ResumeView />);
    const box = await screen.findByLabelText<HTMLTextAreaElement>('Your resume (paste it here)');
    const put = vi.spyOn(db.resumes, 'put').mockRejectedValueOnce(new Error('the disk is full'));
    fireEvent.change(box, { target: { value: 'EXPERIENCE\n- Shipped v2' } });
    await screen.findByRole('alert');
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(async () => expect((await loadResume())?.text).toBe('EXPERIENCE\n- Shipped v2'));
    expect(put).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
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
