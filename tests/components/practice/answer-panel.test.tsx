import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { AnswerPanel } from '@/components/practice/answer-panel';
import { LoopReadyDb, useDb } from '@/lib/db/db';
import { listAttempts } from '@/lib/db/practice-attempts';

beforeEach(() => {
  useDb(new LoopReadyDb(`test-${Math.random()}`));
});

describe('AnswerPanel', () => {
  it('shows feedback on a typed answer, keeps the attempt and offers a follow-up', async () => {
    render(
      <AnswerPanel
        question="Tell me about a time you went deep."
        principleId="dive-deep"
        storyId="s1"
        storyMetric="40%"
      />,
    );
    await userEvent.type(
      screen.getByLabelText('Your answer'),
      'We had a slow report. We looked at it and we fixed the query.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Get feedback' }));
    expect(screen.getByRole('region', { name: 'Answer feedback' })).toBeTruthy();
    expect(screen.getByText('“I” 0×, “we” 3×')).toBeTruthy();
    expect(screen.getByText(/left out: “40%”/)).toBeTruthy();
    expect(screen.getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
    expect(await screen.findByText('Bar Raiser follow-up')).toBeTruthy();
    const [attempt] = await listAttempts();
    expect(attempt).toMatchObject({ principleId: 'dive-deep', storyId: 's1', followUpOf: '' });
    expect(attempt?.figures.iShare).toBe(0);
  });

  it('gives a reply to the follow-up its own feedback and keeps it with its attempt (issue 20)', async () => {
    render(
      <AnswerPanel
        question="Tell me about a time you went deep."
        principleId="dive-deep"
        storyId="s1"
        storyMetric={null}
      />,
    );
    await userEvent.type(
      screen.getByLabelText('Your answer'),
      'Our report was slow. I traced it to one query and I rewrote it. As a result, it ran in 2 s instead of 40 s.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Get feedback' }));
    await screen.findByText('Bar Raiser follow-up');
    await screen.findByRole('button', { name: 'Answer the follow-up' });
    await waitForAttempts(1);
    await userEvent.click(screen.getByRole('button', { name: 'Answer the follow-up' }));
    await userEvent.type(
      screen.getByLabelText('Your answer to the follow-up'),
      'I rewrote it because the index was never used.',
    );
    const buttons = screen.getAllByRole('button', { name: 'Get feedback' });
    await userEvent.click(buttons.at(-1)!);
    const regions = screen.getAllByRole('region', { name: 'Answer feedback' });
    const reply = regions.at(-1)!;
    expect(reply.textContent).not.toMatch(/STAR|End on the result/);
    expect(reply.textContent).toMatch(/Give the direct answer in your first sentence/);
    const attempts = await waitForAttempts(2);
    const first = attempts.find((a) => a.followUpOf === '')!;
    expect(attempts.filter((a) => a.followUpOf === first.id)).toHaveLength(1);
  });
});

async function waitForAttempts(n: number) {
  for (let i = 0; i < 50; i++) {
    const all = await listAttempts();
    if (all.length >= n) return all;
    await new Promise((r) => setTimeout(r, 20));
  }
  return listAttempts();
}
