import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { closeStoryForm } from '@/components/stories/use-open-story-form';
import { clearStoryTrash } from '@/components/stories/use-story-trash';
import { StoriesView } from '@/components/stories/stories-view';
import { LoopReadyDb, useDb } from '@/lib/db/db';
import { saveProfile } from '@/lib/db/profile';
import { addStory, listStories } from '@/lib/db/stories';
import { ProfileSchema } from '@/lib/profile/schema';
import { emptyDraft } from '@/lib/stories/schema';

const draft = (title: string, lps: ['ownership'] | ['frugality']) => ({
  ...emptyDraft(),
  title,
  situation: 'The nightly job failed every Monday.',
  task: 'I had to make it reliable.',
  action: 'I traced it to a timezone bug and fixed it.',
  result: 'No failures in 40 weeks.',
  lps,
});

beforeEach(() => {
  useDb(new LoopReadyDb(`test-${Math.random()}`));
  clearStoryTrash();
  closeStoryForm();
});

describe('StoriesView', () => {
  it('Enter on "Add a story" puts focus in the new form', async () => {
    render(<StoriesView />);
    const user = userEvent.setup();
    (await screen.findByRole('button', { name: 'Add a story' })).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'New story' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Title'));
  });

  it('keeps a half-written story through a tab switch', async () => {
    const first = render(<StoriesView />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add a story' }));
    await user.type(screen.getByLabelText('Title'), 'Emulator farm');
    await user.type(screen.getByLabelText('Situation'), 'Builds waited an hour for devices.');
    await user.type(screen.getByLabelText('Tags (comma separated)'), 'mobile, ci');
    // Another tab of the side panel unmounts this view.
    first.unmount();
    render(<StoriesView />);
    expect(await screen.findByRole('heading', { name: 'New story' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Title').value).toBe('Emulator farm');
    expect(screen.getByLabelText<HTMLTextAreaElement>('Situation').value).toBe(
      'Builds waited an hour for devices.',
    );
    expect(screen.getByLabelText<HTMLInputElement>('Tags (comma separated)').value).toBe(
      'mobile, ci',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Frugality' }));
    await user.click(screen.getByRole('button', { name: 'Save story' }));
    await screen.findByRole('list', { name: 'Stories' });
    expect((await listStories()).map((s) => [s.title, s.tags])).toEqual([
      ['Emulator farm', ['mobile', 'ci']],
    ]);
  });

  it('keeps an edit in progress through a tab switch', async () => {
    await addStory(draft('Nightly job', ['ownership']));
    const first = render(<StoriesView />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /^Edit/ }));
    await user.type(screen.getByLabelText('Result'), ' Saved 3 hours a week.');
    first.unmount();
    render(<StoriesView />);
    expect(await screen.findByRole('heading', { name: 'Edit: Nightly job' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLTextAreaElement>('Result').value).toBe(
      'No failures in 40 weeks. Saved 3 hours a week.',
    );
  });

  it('starts empty, then lists a story added with the form', async () => {
    render(<StoriesView />);
    expect(await screen.findByRole('heading', { name: 'No stories yet' })).toBeTruthy();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add a story' }));
    await user.type(screen.getByLabelText('Title'), 'Emulator farm');
    await user.click(screen.getByRole('checkbox', { name: 'Frugality' }));
    await user.click(screen.getByRole('button', { name: 'Save story' }));
    const list = await screen.findByRole('list', { name: 'Stories' });
    expect(within(list).getByRole('heading', { name: 'Emulator farm' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Frugality: 1 story' })).toBeTruthy();
  });

  it('deletes a story and brings it back with undo', async () => {
    await addStory(draft('Pager rotation', ['ownership']), 1);
    render(<StoriesView />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete Pager rotation' }));
    expect(await screen.findByText('Deleted “Pager rotation”.')).toBeTruthy();
    await waitFor(async () => expect(await listStories()).toHaveLength(0));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('heading', { name: 'Pager rotation' })).toBeTruthy();
  });

  it('undoes two deletions in turn: both stories come back', async () => {
    await addStory(draft('Pager rotation', ['ownership']), 1);
    await addStory(draft('Emulator farm', ['frugality']), 2);
    render(<StoriesView />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete Pager rotation' }));
    await screen.findByText('Deleted “Pager rotation”.');
    await user.click(await screen.findByRole('button', { name: 'Delete Emulator farm' }));
    expect(
      await screen.findByText('Deleted “Emulator farm”. Undo again for 1 earlier deletion.'),
    ).toBeTruthy();
    await waitFor(async () => expect(await listStories()).toHaveLength(0));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Deleted “Pager rotation”.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () =>
      expect((await listStories()).map((s) => s.title).sort()).toEqual([
        'Emulator farm',
        'Pager rotation',
      ]),
    );
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('keeps the undo list when the view is closed and opened again (a tab switch)', async () => {
    await addStory(draft('Pager rotation', ['ownership']), 1);
    const first = render(<StoriesView />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete Pager rotation' }));
    await screen.findByText('Deleted “Pager rotation”.');
    first.unmount();
    render(<StoriesView />);
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('heading', { name: 'Pager rotation' })).toBeTruthy();
  });

  it('filters by principle and by search text', async () => {
    await addStory(draft('Pager rotation', ['ownership']), 1);
    await addStory(draft('Emulator farm', ['frugality']), 2);
    render(<StoriesView />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ownership: 1 story' }));
    expect(screen.queryByRole('heading', { name: 'Emulator farm' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Pager rotation' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Ownership: 1 story' }));
    await user.type(screen.getByRole('searchbox'), 'emulator');
    expect(screen.getByRole('heading', { name: 'Stories (1 of 2)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Emulator farm' })).toBeTruthy();
  });

  it('edits a story in place', async () => {
    await addStory(draft('Pager rotation', ['ownership']), 1);
    render(<StoriesView />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit Pager rotation' }));
    const title = screen.getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'On-call rotation');
    await user.click(screen.getByRole('button', { name: 'Save story' }));
    expect(await screen.findByRole('heading', { name: 'On-call rotation' })).toBeTruthy();
    expect((await listStories()).map((s) => s.title)).toEqual(['On-call rotation']);
  });

  it('refuses a malformed import, names the bad field and leaves the bank unchanged', async () => {
    await addStory(draft('Pager rotation', ['ownership']), 1);
    render(<StoriesView />);
    await screen.findByRole('heading', { name: 'Pager rotation' });
    const bad = {
      format: 'loopready-export',
      version: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      stories: [{ ...draft('Imported', ['ownership']), id: 'x', lps: ['ownersihp'] }],
    };
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Replace everything' }));
    await user.upload(
      screen.getByLabelText('Import a backup file'),
      new File([JSON.stringify(bad)], 'backup.json', { type: 'application/json' }),
    );
    expect((await screen.findByRole('alert')).textContent).toBe(
      "Import failed, nothing was changed: stories[0].lps[0]: unknown principle 'ownersihp'",
    );
    expect((await listStories()).map((s) => s.title)).toEqual(['Pager rotation']);
  });

  it('replaces an old success notice with the new error, written for people (issue 20)', async () => {
    render(<StoriesView />);
    await screen.findByRole('heading', { name: 'No stories yet' });
    const good = {
      format: 'loopready-export',
      version: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      stories: [{ ...draft('Imported', ['ownership']), id: 'x' }],
    };
    const user = userEvent.setup();
    const input = screen.getByLabelText('Import a backup file');
    await user.upload(input, new File([JSON.stringify(good)], 'backup.json'));
    await screen.findByText(/^Imported: 1 added/);
    await user.upload(input, new File(['{"stories": ['], 'cut.json'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Import failed, nothing was changed: the file is not valid JSON; it ends too early, as if it was cut off while saving',
    );
    expect(screen.queryByText(/^Imported: 1 added/)).toBeNull();
  });

  it('refuses a 700 MB backup by its size, before reading it', async () => {
    await addStory(draft('Pager rotation', ['ownership']), 1);
    render(<StoriesView />);
    await screen.findByRole('heading', { name: 'Pager rotation' });
    const huge = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(huge, 'size', { value: 700 * 1024 * 1024 });
    const read = vi.fn(() => Promise.reject(new Error('out of memory')));
    Object.defineProperty(huge, 'text', { value: read });
    await userEvent.setup().upload(screen.getByLabelText('Import a backup file'), huge);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Import failed, nothing was changed: "huge.json" is 700.0 MB, over the 50.0 MB LoopReady reads from a backup file',
    );
    expect(read).not.toHaveBeenCalled();
    expect((await listStories()).map((s) => s.title)).toEqual(['Pager rotation']);
  });

  it('imports a good backup by merging', async () => {
    render(<StoriesView />);
    await screen.findByRole('heading', { name: 'No stories yet' });
    const file = {
      format: 'loopready-export',
      version: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      stories: [{ ...draft('Imported', ['ownership']), id: 'x' }],
    };
    await userEvent
      .setup()
      .upload(
        screen.getByLabelText('Import a backup file'),
        new File([JSON.stringify(file)], 'backup.json', { type: 'application/json' }),
      );
    expect(
      await screen.findByText(
        'Imported: 1 added, 0 updated, 0 kept as they were; nothing removed.',
      ),
    ).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Imported' })).toBeTruthy();
  });

  it('asks again when another page adds a story while the Replace question is open', async () => {
    await addStory(draft('Pager rotation', ['ownership']), 1);
    await addStory(draft('Emulator farm', ['frugality']), 2);
    render(<StoriesView />);
    await screen.findByRole('heading', { name: 'Pager rotation' });
    const file = {
      format: 'loopready-export',
      version: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      stories: [],
    };
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Replace everything' }));
    await user.upload(
      screen.getByLabelText('Import a backup file'),
      new File([JSON.stringify(file)], 'backup.json', { type: 'application/json' }),
    );
    const ask = await screen.findByRole('group', { name: 'Confirm replace' });
    expect(ask.textContent).toContain('remove 2 stories');
    await addStory(draft('On-call handbook', ['ownership']), 3);
    await user.click(within(ask).getByRole('button', { name: 'Replace everything' }));
    const again = await screen.findByRole('group', { name: 'Confirm replace' });
    await waitFor(() =>
      expect(again.textContent).toContain('Your data changed while you were deciding'),
    );
    expect(again.textContent).toContain('remove 3 stories');
    expect(await listStories()).toHaveLength(3);
  });

  it('asks before Replace everything removes data, offers a backup, then reports the removals', async () => {
    await addStory(draft('Pager rotation', ['ownership']), 1);
    await addStory(draft('Emulator farm', ['frugality']), 2);
    await saveProfile(ProfileSchema.parse({ currentRole: 'SDE' }));
    const createObjectURL = vi.fn(() => 'blob:backup');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    render(<StoriesView />);
    await screen.findByRole('heading', { name: 'Pager rotation' });
    const file = {
      format: 'loopready-export',
      version: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      stories: [{ ...draft('Imported', ['ownership']), id: 'x' }],
    };
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Replace everything' }));
    const upload = () =>
      user.upload(
        screen.getByLabelText('Import a backup file'),
        new File([JSON.stringify(file)], 'backup.json', { type: 'application/json' }),
      );
    await upload();
    const ask = await screen.findByRole('group', { name: 'Confirm replace' });
    expect(ask.textContent).toContain(
      'Replace everything will remove 2 stories (“Emulator farm” and “Pager rotation”) and your profile, which the file does not have. This cannot be undone.',
    );
    // Nothing is written while the question is open.
    expect(await listStories()).toHaveLength(2);
    await user.click(
      within(ask).getByRole('button', { name: 'Download a backup of my bank first' }),
    );
    await waitFor(() => expect(createObjectURL).toHaveBeenCalledTimes(1));
    await user.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: 'Confirm replace' })).toBeNull();
    expect(await listStories()).toHaveLength(2);

    await upload();
    await user.click(
      within(await screen.findByRole('group', { name: 'Confirm replace' })).getByRole('button', {
        name: 'Replace everything',
      }),
    );
    expect(
      await screen.findByText(
        'Imported: 1 added, 0 updated, 0 kept as they were; removed 2 stories and your profile.',
      ),
    ).toBeTruthy();
    expect((await listStories()).map((s) => s.title)).toEqual(['Imported']);
    vi.unstubAllGlobals();
  });
});
