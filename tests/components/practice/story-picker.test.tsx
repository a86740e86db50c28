import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { StoryPicker } from '@/components/practice/story-picker';
import { sampleStories } from './sample-stories';

const question = { principleId: 'ownership', principleName: 'Ownership' } as const;

describe('StoryPicker', () => {
  it('lists the stories tagged for the asked principle first, in a group that says so', () => {
    render(
      <StoryPicker
        stories={sampleStories}
        question={question}
        value=""
        usedAt={new Map()}
        onPick={vi.fn()}
      />,
    );
    const tagged = screen.getByRole('group', { name: 'Tagged for Ownership' });
    const taggedIds = sampleStories.filter((s) => s.lps.includes('ownership')).map((s) => s.id);
    expect(taggedIds.length).toBeGreaterThan(0);
    expect(
      within(tagged)
        .getAllByRole('option')
        .map((o) => (o as HTMLOptionElement).value),
    ).toEqual(taggedIds);
    const values = screen.getAllByRole('option').map((o) => (o as HTMLOptionElement).value);
    expect(values.slice(1, 1 + taggedIds.length)).toEqual(taggedIds);
  });

  it('marks a weak story and one already told', () => {
    render(
      <StoryPicker
        stories={sampleStories}
        question={question}
        value=""
        usedAt={new Map([['s1', 2]])}
        onPick={vi.fn()}
      />,
    );
    // Sample stories are short (a line per part), so each carries its weak reasons.
    expect(
      screen.getByRole('option', { name: /^Checkout latency \(told for question 2; weak: / }),
    ).toBeTruthy();
  });

  it('says when no story is tagged for the principle', () => {
    render(
      <StoryPicker
        stories={sampleStories}
        question={{ principleId: 'think-big', principleName: 'Think Big' }}
        value=""
        usedAt={new Map()}
        onPick={vi.fn()}
      />,
    );
    expect(screen.getByText('No story is tagged for Think Big yet.')).toBeTruthy();
    expect(screen.queryByRole('group')).toBeNull();
  });
});
