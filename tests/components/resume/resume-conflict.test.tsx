import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetResumeSession } from '@/components/resume/use-resume';
import { ResumeView } from '@/components/resume/resume-view';
import { LoopReadyDb, useDb as switchDb } from '@/lib/db/db';
import { loadResume, saveResume } from '@/lib/db/resume';
import { listTrash } from '@/lib/db/trash';

const older = 'EXPERIENCE\n- Built the old cache';
const theirs = 'EXPERIENCE\n- Built the cache that cut page loads by 30%';
const mine = 'EXPERIENCE\n- Built the old cache\n- Led 4 engineers';

beforeEach(() => {
  resetResumeSession();
  switchDb(new LoopReadyDb(`test-conflict-${Math.random()}`));
});

const box = () => screen.getByLabelText<HTMLTextAreaElement>('Your resume (paste it here)');

/** Panel B shows the older resume; panel A (a direct write here) saves a newer one. */
async function openB() {
  const first = await saveResume(older, 'cv.txt', Date.now() - 60_000);
  render(<ResumeView />);
  await waitFor(() => expect(box().value).toBe(older));
  return first;
}

/** B types while A saves: B's save is refused instead of writing over A's. */
async function typeInBWhileASaves() {
  const first = await openB();
  fireEvent.change(box(), { target: { value: mine } });
  await saveResume(theirs, 'cv.txt', Date.now(), first.updatedAt);
  expect(
    await screen.findByText(/Not saved: the resume changed in another window/, undefined, {
      timeout: 5_000,
    }),
  ).toBeTruthy();
  expect((await loadResume())?.text).toBe(theirs);
  expect(box().value).toBe(mine);
}

describe('two panels, one resume', () => {
  it('an idle panel follows the newer resume saved in another window', async () => {
    const first = await openB();
    await saveResume(theirs, 'cv.txt', Date.now(), first.updatedAt);
    await waitFor(() => expect(box().value).toBe(theirs));
    // Its next keystroke builds on the newer copy.
    fireEvent.change(box(), { target: { value: `${theirs}\n- Led 4 engineers` } });
    await waitFor(
      async () => expect((await loadResume())?.text).toBe(`${theirs}\n- Led 4 engineers`),
      { timeout: 5_000 },
    );
  });

  it('keeps mine: saved over theirs, and theirs is kept in Recently deleted', async () => {
    await typeInBWhileASaves();
    await userEvent.click(screen.getByRole('button', { name: 'Keep mine' }));
    await waitFor(async () => expect((await loadResume())?.text).toBe(mine));
    expect(screen.queryByText(/Not saved/)).toBeNull();
    expect((await listTrash()).map((e) => e.kind === 'resume' && e.item.text)).toEqual([theirs]);
  });

  it('loads theirs: the box shows it, and mine is kept in Recently deleted', async () => {
    await typeInBWhileASaves();
    await userEvent.click(screen.getByRole('button', { name: 'Load theirs' }));
    await waitFor(() => expect(box().value).toBe(theirs));
    expect((await loadResume())?.text).toBe(theirs);
    expect((await listTrash()).map((e) => e.kind === 'resume' && e.item.text)).toEqual([mine]);
  });
});
