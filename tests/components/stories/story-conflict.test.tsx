import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { closeStoryForm } from '@/components/stories/use-open-story-form';
import { clearStoryTrash } from '@/components/stories/use-story-trash';
import { StoriesView } from '@/components/stories/stories-view';
import { LoopReadyDb, useDb as switchDb } from '@/lib/db/db';
import { addStory, getStory, listStories, updateStory } from '@/lib/db/stories';
import { emptyDraft, type StoryDraft } from '@/lib/stories/schema';

const draft: StoryDraft = {
  ...emptyDraft(),
  title: 'Nightly job',
  situation: 'The nightly job failed every Monday.',
  task: 'I had to make it reliable.',
  action: 'I traced it to a timezone bug.',
  result: 'No failures in 40 weeks.',
  lps: ['ownership'],
};

beforeEach(() => {
  switchDb(new LoopReadyDb(`test-${Math.random()}`));
  clearStoryTrash();
  closeStoryForm();
});

/** Panel B opens Edit; then panel A (here, a direct write) saves a new Action. */
async function editWhileAnotherWindowSaves() {
  const story = await addStory(draft, 1);
  render(<StoriesView />);
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: /^Edit/ }));
  await updateStory(story.id, { ...draft, action: 'I moved the job to UTC and added a test.' });
  // B follows the other window live and says so before it saves.
  expect(await screen.findByText(/changed in another window since you opened it/)).toBeTruthy();
  const result = screen.getByLabelText('Result');
  await user.clear(result);
  await user.type(result, 'Zero failures in a year.');
  await user.click(screen.getByRole('button', { name: 'Save story' }));
  expect((await screen.findByRole('alert')).textContent).toMatch(/Not saved: this story changed/);
  return { story, user };
}

describe('two panels editing one story', () => {
  it("refuses B's stale save: A's Action stays, and B's text stays on screen", async () => {
    const { story } = await editWhileAnotherWindowSaves();
    const saved = await getStory(story.id);
    expect(saved?.action).toBe('I moved the job to UTC and added a test.');
    expect(saved?.result).toBe('No failures in 40 weeks.');
    expect(screen.getByLabelText<HTMLTextAreaElement>('Result').value).toBe(
      'Zero failures in a year.',
    );
  });

  it('keeps both: B is added as a copy beside A', async () => {
    const { user } = await editWhileAnotherWindowSaves();
    await user.click(screen.getByRole('button', { name: 'Keep both (mine as a copy)' }));
    await screen.findByRole('list', { name: 'Stories' });
    const rows = (await listStories()).map((s) => `${s.title}: ${s.action} / ${s.result}`).sort();
    expect(rows).toEqual([
      'Nightly job (copy): I traced it to a timezone bug. / Zero failures in a year.',
      'Nightly job: I moved the job to UTC and added a test. / No failures in 40 weeks.',
    ]);
  });

  it('keeps mine: B is written over A once the user chose it', async () => {
    const { story, user } = await editWhileAnotherWindowSaves();
    await user.click(screen.getByRole('button', { name: 'Keep mine' }));
    await screen.findByRole('list', { name: 'Stories' });
    await waitFor(async () =>
      expect((await getStory(story.id))?.result).toBe('Zero failures in a year.'),
    );
    expect(await listStories()).toHaveLength(1);
  });

  it("keeps theirs: A's version stays and the form closes", async () => {
    const { story, user } = await editWhileAnotherWindowSaves();
    await user.click(screen.getByRole('button', { name: 'Keep theirs' }));
    await screen.findByRole('list', { name: 'Stories' });
    expect((await getStory(story.id))?.action).toBe('I moved the job to UTC and added a test.');
  });
});
