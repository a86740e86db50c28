import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetResumeSession } from '@/components/resume/use-resume';
import { ResumeView } from '@/components/resume/resume-view';
import { closeStoryForm } from '@/components/stories/use-open-story-form';
import { clearStoryTrash } from '@/components/stories/use-story-trash';
import { StoriesView } from '@/components/stories/stories-view';
import { LoopReadyDb, useDb as switchDb } from '@/lib/db/db';
import { forgetResume, loadResume, saveResume } from '@/lib/db/resume';
import { addStory, listStories } from '@/lib/db/stories';
import { emptyDraft } from '@/lib/stories/schema';

const story = {
  ...emptyDraft(),
  title: 'Pager rotation',
  situation: 'Pages woke the team every night.',
  task: 'I owned the rotation.',
  action: 'I removed the noisy alarms.',
  result: 'Pages fell by 70%.',
  lps: ['ownership' as const],
};

let name = '';
/** What closing the side panel does: the page's memory (undo, the resume session) is gone. */
function closePanel() {
  clearStoryTrash();
  closeStoryForm();
  resetResumeSession();
  switchDb(new LoopReadyDb(name));
}

beforeEach(() => {
  name = `test-${Math.random()}`;
  closePanel();
});

describe('Recently deleted', () => {
  it('brings back a story deleted before the panel was closed, with the day it was deleted', async () => {
    await addStory(story, 1);
    const first = render(<StoriesView />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete Pager rotation' }));
    await screen.findByText('Deleted “Pager rotation”.');
    first.unmount();
    closePanel();

    render(<StoriesView />);
    expect(await screen.findByText('No stories yet')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    const list = await screen.findByRole('list', { name: 'Recently deleted' });
    const today = new Date().toLocaleDateString('en-US', {
      month: 'short',
      day: 'numeric',
      year: 'numeric',
    });
    expect(within(list).getByText(`deleted ${today}`)).toBeTruthy();
    await user.click(within(list).getByRole('button', { name: 'Restore Pager rotation' }));
    expect(await screen.findByRole('heading', { name: 'Pager rotation' })).toBeTruthy();
    expect(await screen.findByText('Restored “Pager rotation”.')).toBeTruthy();
    expect((await listStories()).map((s) => s.result)).toEqual(['Pages fell by 70%.']);
    expect(screen.queryByRole('list', { name: 'Recently deleted' })).toBeNull();
  });

  it('brings back a forgotten resume into the box and the saved copy', async () => {
    await saveResume('- Cut build time by 40% for 12 teams', 'cv.txt', 5);
    await forgetResume();
    render(<ResumeView />);
    const user = userEvent.setup();
    const list = await screen.findByRole('list', { name: 'Recently deleted' });
    await user.click(
      within(list).getByRole('button', { name: 'Restore Resume (cv.txt, 9 words)' }),
    );
    await waitFor(() =>
      expect(screen.getByRole<HTMLTextAreaElement>('textbox').value).toBe(
        '- Cut build time by 40% for 12 teams',
      ),
    );
    expect((await loadResume())?.fileName).toBe('cv.txt');
  });
});
