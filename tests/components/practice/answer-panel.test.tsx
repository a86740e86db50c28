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
});
