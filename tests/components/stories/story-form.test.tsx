import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { StoryForm } from '@/components/stories/story-form';
import { emptyDraft } from '@/lib/stories/schema';

function setup() {
  const onSave = vi.fn(() => Promise.resolve());
  const onCancel = vi.fn();
  render(
    <StoryForm heading="New story" initial={emptyDraft()} onSave={onSave} onCancel={onCancel} />,
  );
  return { onSave, onCancel, user: userEvent.setup() };
}

describe('StoryForm', () => {
  it('saves a story with its parts, principles and tags', async () => {
    const { onSave, user } = setup();
    await user.type(screen.getByLabelText('Title'), 'Cut checkout latency');
    await user.type(screen.getByLabelText('Situation'), 'Checkout took four seconds at peak.');
    await user.type(screen.getByLabelText('Task'), 'I owned the latency goal.');
    await user.type(
      screen.getByLabelText('Action'),
      'I profiled the service and batched the queries.',
    );
    await user.type(screen.getByLabelText('Result'), 'Latency fell 70%.');
    await user.click(screen.getByRole('checkbox', { name: 'Customer Obsession' }));
    await user.type(screen.getByLabelText('Tags (comma separated)'), 'perf, web');
    await user.click(screen.getByRole('button', { name: 'Save story' }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Cut checkout latency',
        lps: ['customer-obsession'],
        tags: ['perf', 'web'],
      }),
    );
  });

  it('refuses to save without a principle and says why', async () => {
    const { onSave, user } = setup();
    await user.type(screen.getByLabelText('Title'), 'Untagged');
    await user.click(screen.getByRole('button', { name: 'Save story' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Tag the story with at least one principle');
  });

  it('shows the checks while the story is written', async () => {
    const { user } = setup();
    expect(
      screen.getByText('Situation is missing: every STAR part needs at least a sentence.'),
    ).toBeTruthy();
    await user.type(
      screen.getByLabelText('Action'),
      'We planned it, we built it and we shipped it together.',
    );
    expect(
      await screen.findByText('The Action says "we" 3× and "I" 0×: say what you did.'),
    ).toBeTruthy();
    await user.type(screen.getByLabelText('Result'), 'Everyone was happy with it.');
    expect(await screen.findByText(/The Result has no measurable outcome/)).toBeTruthy();
  });

  it('offers the principles the text shows as tags to confirm', async () => {
    const { user } = setup();
    await user.type(
      screen.getByLabelText('Action'),
      'I dug into the logs and found the root cause myself.',
    );
    await user.click(await screen.findByRole('button', { name: 'Tag Dive Deep' }));
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Dive Deep' }).checked).toBe(
      true,
    );
  });

  it('allows at most three principles', async () => {
    const { user } = setup();
    for (const name of ['Ownership', 'Frugality', 'Think Big'])
      await user.click(screen.getByRole('checkbox', { name }));
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Dive Deep' }).disabled).toBe(
      true,
    );
  });
});
