import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CoverageGrid } from '@/components/stories/coverage-grid';
import { StoryList } from '@/components/stories/story-list';
import { makeStory } from '../../lib/loop/make-analysis';

const stories = [
  makeStory('a', ['ownership', 'frugality'], { title: 'Emulator farm', project: 'Infra' }),
  makeStory('b', ['ownership'], { title: 'Pager rotation' }),
];

describe('StoryList', () => {
  it('shows each story with its principles and speaking time', () => {
    render(
      <StoryList stories={stories} onEdit={vi.fn()} onDuplicate={vi.fn()} onDelete={vi.fn()} />,
    );
    const items = within(screen.getByRole('list', { name: 'Stories' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('Emulator farm');
    expect(items[0]!.textContent).toContain('Infra · about 17 s to tell');
    expect(items[0]!.textContent).toContain('Frugality');
  });

  it('badges a weak story with what its checks found, and not a strong one', () => {
    const long = Array.from({ length: 70 }, (_, i) => `detail${i}`).join(' ');
    const strong = makeStory('s', ['ownership'], {
      title: 'Scheduler rewrite',
      action: `I rewrote the scheduler and I moved the jobs to a queue. ${long}`,
    });
    const weak = makeStory('w', ['ownership'], {
      title: 'Team launch',
      action: 'We met daily and we fixed the bugs.',
      result: 'It shipped and people liked it.',
    });
    render(
      <StoryList
        stories={[strong, weak]}
        onEdit={vi.fn()}
        onDuplicate={vi.fn()}
        onDelete={vi.fn()}
      />,
    );
    const [first, second] = within(screen.getByRole('list', { name: 'Stories' })).getAllByRole(
      'listitem',
    );
    expect(first!.textContent).not.toContain('Weak:');
    expect(second!.textContent).toContain(
      'Weak: no number in the Result, “we” more than “I”, under 30 s to tell',
    );
  });

  it('edits, duplicates and deletes the story the button names', async () => {
    const onEdit = vi.fn();
    const onDuplicate = vi.fn();
    const onDelete = vi.fn();
    render(
      <StoryList stories={stories} onEdit={onEdit} onDuplicate={onDuplicate} onDelete={onDelete} />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Delete Pager rotation' }));
    await user.click(screen.getByRole('button', { name: 'Duplicate Emulator farm' }));
    await user.click(screen.getByRole('button', { name: 'Edit Emulator farm' }));
    expect(onDelete).toHaveBeenCalledWith(stories[1]);
    expect(onDuplicate).toHaveBeenCalledWith(stories[0]);
    expect(onEdit).toHaveBeenCalledWith(stories[0]);
  });
});

describe('StoryList with a long bank', () => {
  it('shows 100 stories at a time and the rest on request', async () => {
    const many = Array.from({ length: 230 }, (_, i) =>
      makeStory(`s${i}`, ['ownership'], { title: `Story ${i}` }),
    );
    render(<StoryList stories={many} onEdit={vi.fn()} onDuplicate={vi.fn()} onDelete={vi.fn()} />);
    const list = screen.getByRole('list', { name: 'Stories' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(100);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Show 100 more (130 not shown)' }));
    await user.click(screen.getByRole('button', { name: 'Show 30 more (30 not shown)' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(230);
    expect(screen.queryByRole('button', { name: /more/ })).toBeNull();
  });
});

describe('CoverageGrid', () => {
  it('counts stories per principle over all 16 and marks the empty ones', async () => {
    const onSelect = vi.fn();
    render(<CoverageGrid stories={stories} selected={null} onSelect={onSelect} />);
    expect(screen.getAllByRole('button')).toHaveLength(16);
    expect(screen.getByRole('button', { name: 'Ownership: 2 stories' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Frugality: 1 story' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Think Big: no story' }).className).toBe(
      'coverage-thin',
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Frugality: 1 story' }));
    expect(onSelect).toHaveBeenCalledWith('frugality');
  });
});
