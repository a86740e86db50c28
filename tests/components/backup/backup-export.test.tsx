import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupPanel } from '@/components/backup/backup-panel';
import { useBank } from '@/components/backup/use-bank';
import { LoopReadyDb, useDb as switchDb } from '@/lib/db/db';
import { saveRecording } from '@/lib/db/recordings';
import { saveResume } from '@/lib/db/resume';

beforeEach(() => {
  switchDb(new LoopReadyDb(`test-${Math.random()}`));
  URL.createObjectURL = vi.fn(() => 'blob:backup');
  URL.revokeObjectURL = vi.fn();
});

function Panel() {
  const bank = useBank();
  return (
    <BackupPanel
      onExport={bank.exportText}
      onImport={bank.importText}
      onPreviewReplace={bank.previewReplaceText}
      recordings={bank.recordings}
      persist="persisted"
      onRequestPersist={() => undefined}
    />
  );
}

describe('Export all', () => {
  it('offers the recordings with their size, and says what the file holds', async () => {
    await saveResume('- Cut deploys from 40 to 8 minutes', 'cv.txt', 5);
    await saveRecording({
      question: 'Tell me about a time you disagreed.',
      storyTitle: '',
      mimeType: 'audio/webm',
      bytes: new ArrayBuffer(1_572_864),
      durationMs: 60_000,
      createdAt: 1,
    });
    render(<Panel />);
    const user = userEvent.setup();
    const box = await screen.findByRole('checkbox', { name: 'Include 1 recording (1.5 MB)' });
    await user.click(screen.getByRole('button', { name: 'Export all (JSON)' }));
    expect((await screen.findByRole('status')).textContent).toBe('Exported your resume.');
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Export all (JSON)' }));
    expect(
      await screen.findByText('Exported your resume and 1 recording.', undefined, {
        timeout: 5_000,
      }),
    ).toBeTruthy();
  });
});
