import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PracticeView } from '@/components/practice/practice-view';
import { LoopReadyDb, useDb } from '@/lib/db/db';
import { addStory } from '@/lib/db/stories';
import { sampleStories } from './sample-stories';

vi.mock('@/components/common/use-current-posting', () => ({
  useCurrentPosting: () => ({ status: 'none', result: null, analysis: null }),
}));

beforeEach(() => {
  useDb(new LoopReadyDb(`test-${Math.random()}`));
});

describe('PracticeView', () => {
  it('points to the story bank when there are no stories', async () => {
    render(<PracticeView />);
    expect(await screen.findByRole('link', { name: 'Add your first story' })).toBeTruthy();
  });

  it('starts a marathon from the bank and switches to the prep plan', async () => {
    for (const { id: _id, createdAt: _c, updatedAt: _u, ...draft } of sampleStories.slice(0, 5)) {
      await addStory(draft);
    }
    render(<PracticeView />);
    expect(await screen.findByText(/Question 1 of 5/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Prep plan' }));
    expect(await screen.findByLabelText('Interview date')).toBeTruthy();
  });
});
