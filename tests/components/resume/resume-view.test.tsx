import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
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
