import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RoundPlanView } from '@/components/plan/round-plan';
import { planRounds } from '@/lib/loop/plan-rounds';
import { makeAnalysis, makeStory } from '../../lib/loop/make-analysis';

const stories = [
  makeStory('a', ['ownership'], { title: 'Pager rotation' }),
  makeStory('b', ['frugality'], { title: 'Emulator farm' }),
];
const plan = planRounds(stories, makeAnalysis(['ownership', 'frugality', 'think-big']));

function setup() {
  const handlers = { onLock: vi.fn(), onUnlock: vi.fn(), onSwap: vi.fn() };
  render(<RoundPlanView plan={plan} stories={stories} {...handlers} />);
  return { ...handlers, user: userEvent.setup() };
}

describe('RoundPlanView', () => {
  it('shows every round, with the assigned stories and named gaps', () => {
    setup();
    for (const round of plan.rounds)
      expect(screen.getByRole('heading', { name: round.name })).toBeTruthy();
    expect(screen.getAllByText('Pager rotation', { ignore: 'option' })).toHaveLength(1);
    expect(screen.getAllByText(/^No story for Think Big: write one about/).length).toBeGreaterThan(
      0,
    );
  });

  it('badges a slot that holds a weak story', () => {
    setup();
    // The sample stories are one line per part: too short to tell, so each slot is badged.
    expect(plan.weak.length).toBeGreaterThan(0);
    expect(screen.getAllByText(/^Weak: .*under 30 s to tell/)).toHaveLength(plan.weak.length);
  });

  it('locks the story in a slot', async () => {
    const { onLock, user } = setup();
    const button = screen.getByRole('button', { name: /^Lock Emulator farm for Frugality in / });
    await user.click(button);
    expect(onLock).toHaveBeenCalledWith(expect.objectContaining({ lp: 'frugality' }));
  });

  it('asks before moving a story told in another slot, and moves nothing until confirmed', async () => {
    const { onSwap, user } = setup();
    const slot = plan.rounds.findIndex((r) => r.slots.some((s) => s.storyId === 'a'));
    const name = plan.rounds[slot]!.name;
    const pick = () =>
      user.selectOptions(
        screen.getByRole('combobox', { name: `Use another story for Ownership in ${name}` }),
        'Emulator farm',
      );
    await pick();
    const ask = screen.getByRole('group', { name: 'Confirm move' });
    expect(ask.textContent).toMatch(/“Emulator farm” is already your story for Frugality in /);
    expect(onSwap).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Keep it where it is' }));
    expect(screen.queryByRole('group', { name: 'Confirm move' })).toBeNull();
    expect(onSwap).not.toHaveBeenCalled();
    await pick();
    await user.click(screen.getByRole('button', { name: 'Move it here' }));
    expect(onSwap).toHaveBeenCalledExactlyOnceWith({ roundIndex: slot, lp: 'ownership' }, 'b');
  });

  it('puts a story no slot uses straight in, without asking', async () => {
    const bank = [...stories, makeStory('c', ['dive-deep'], { title: 'Cache rewrite' })];
    const wider = planRounds(bank, makeAnalysis(['ownership', 'frugality', 'think-big']));
    const onSwap = vi.fn();
    render(
      <RoundPlanView
        plan={wider}
        stories={bank}
        onLock={vi.fn()}
        onUnlock={vi.fn()}
        onSwap={onSwap}
      />,
    );
    expect(wider.unused).toContain('c');
    const slot = wider.rounds.findIndex((r) => r.slots.some((s) => s.storyId === 'a'));
    await userEvent.setup().selectOptions(
      screen.getByRole('combobox', {
        name: `Use another story for Ownership in ${wider.rounds[slot]!.name}`,
      }),
      'Cache rewrite',
    );
    expect(screen.queryByRole('group', { name: 'Confirm move' })).toBeNull();
    expect(onSwap).toHaveBeenCalledWith({ roundIndex: slot, lp: 'ownership' }, 'c');
  });
});
