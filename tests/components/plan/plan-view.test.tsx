import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentPosting } from '@/components/common/use-current-posting';
import { PlanView } from '@/components/plan/plan-view';
import { analyserVersion } from '@/lib/analysis/version';
import { LoopReadyDb, useDb } from '@/lib/db/db';
import { getPlanLocks } from '@/lib/db/plans';
import { listSavedPostings, savePosting } from '@/lib/db/postings';
import { addStory } from '@/lib/db/stories';
import { emptyPosting } from '@/lib/posting/fields';
import type { ExtractResult } from '@/lib/posting/schema';
import { emptyDraft } from '@/lib/stories/schema';
import { makeAnalysis } from '../../lib/loop/make-analysis';

const current = vi.hoisted(() => {
  const state: { value: CurrentPosting } = {
    value: { status: 'loading', result: null, analysis: null },
  };
  return state;
});
vi.mock('@/components/common/use-current-posting', () => ({
  useCurrentPosting: () => current.value,
}));

const result: ExtractResult = {
  posting: { ...emptyPosting('', 'en'), title: 'Software Development Engineer II', jobId: '777' },
  missing: [],
};

beforeEach(() => {
  useDb(new LoopReadyDb(`test-${Math.random()}`));
  current.value = {
    status: 'ready',
    result,
    analysis: makeAnalysis([
      'ownership',
      'frugality',
      'earn-trust',
      'dive-deep',
      'customer-obsession',
    ]),
  };
});

async function seed() {
  const base = {
    ...emptyDraft(),
    situation: 'S s s.',
    task: 'T t t.',
    action: 'I did a thing.',
    result: 'R 10%.',
  };
  await addStory({ ...base, title: 'Pager rotation', lps: ['ownership'] }, 1);
  await addStory({ ...base, title: 'Emulator farm', lps: ['frugality'] }, 2);
  await addStory({ ...base, title: 'Candid postmortem', lps: ['earn-trust'] }, 3);
}

describe('PlanView', () => {
  it('shows every round for the posting in the tab, no story twice, and keeps the posting', async () => {
    await seed();
    render(<PlanView />);
    expect(await screen.findByRole('heading', { name: 'Bar Raiser' })).toBeTruthy();
    for (const name of ['Phone screen', 'Coding 1', 'Coding 2', 'System design'])
      expect(screen.getByRole('heading', { name })).toBeTruthy();
    for (const title of ['Pager rotation', 'Emulator farm', 'Candid postmortem'])
      expect(await screen.findAllByText(title, { ignore: 'option' })).toHaveLength(1);
    expect(screen.getAllByText(/^No story for /).length).toBeGreaterThan(0);
    await waitFor(async () =>
      expect((await listSavedPostings()).map((p) => p.id)).toEqual(['777']),
    );
    // Kept with the analysis the tab came with, so it is not analysed again later.
    const [saved] = await listSavedPostings();
    expect(saved?.analysis).toEqual(current.value.analysis);
    expect(saved?.analyserVersion).toBe(analyserVersion);
  });

  it('locks a story and remembers the lock for this posting', async () => {
    await seed();
    render(<PlanView />);
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('button', { name: /^Lock Emulator farm for Frugality/ }),
    );
    expect(
      await screen.findByRole('button', { name: /^Unlock Emulator farm for Frugality/ }),
    ).toBeTruthy();
    expect((await getPlanLocks('777')).map((l) => l.lp)).toEqual(['frugality']);
  });

  it('says the bank is empty and still shows the rounds as gaps', async () => {
    render(<PlanView />);
    expect(await screen.findByText(/Your story bank is empty/)).toBeTruthy();
    const barRaiser = (await screen.findByRole('heading', { name: 'Bar Raiser' })).closest(
      'section',
    )!;
    expect(within(barRaiser).getAllByText(/^No story for /).length).toBeGreaterThan(0);
  });

  it('plans for a posting seen before when the tab has none', async () => {
    await savePosting(result, 1);
    current.value = { status: 'none', result: null, analysis: null };
    render(<PlanView />);
    expect(
      await screen.findByRole('heading', { name: 'Software Development Engineer II' }),
    ).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Plan for' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Bar Raiser' })).toBeTruthy();
    // Saved by an earlier release without its analysis: analysed once, and the analysis kept.
    const [saved] = await listSavedPostings();
    expect(saved?.analyserVersion).toBe(analyserVersion);
    expect(saved?.analysis?.level.band).toBe('L5');
  });

  it('explains what to do when there is no posting', async () => {
    current.value = { status: 'none', result: null, analysis: null };
    render(<PlanView />);
    expect(await screen.findByRole('heading', { name: 'No posting to plan for' })).toBeTruthy();
  });
});
