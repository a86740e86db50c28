import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MarathonPanel } from '@/components/practice/marathon-panel';
import { pickQuestions } from '@/lib/practice/marathon';
import { sampleStories } from './sample-stories';

const seed = 17;
const questions = pickQuestions(seed);
const picker = () => screen.getByLabelText('Story for this question');

describe('MarathonPanel', () => {
  it('asks the first of five questions from the seed', () => {
    render(<MarathonPanel stories={sampleStories} likely={[]} seed={seed} />);
    expect(
      screen.getByRole('heading', { name: `Question 1 of 5: ${questions[0]!.principleName}` }),
    ).toBeTruthy();
    expect(screen.getByText(questions[0]!.text)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Next question' })).toHaveProperty('disabled', true);
  });

  it('refuses a story already told and names the question it was told for', async () => {
    render(<MarathonPanel stories={sampleStories} likely={[]} seed={seed} />);
    await userEvent.selectOptions(picker(), 's1');
    await userEvent.click(screen.getByRole('button', { name: 'Next question' }));
    await userEvent.selectOptions(picker(), 's1');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('You already told "Checkout latency" for question 1');
    expect(alert.textContent).toContain(questions[0]!.text);
    expect((picker() as HTMLSelectElement).value).toBe('');
    expect(screen.getByRole('button', { name: 'Next question' })).toHaveProperty('disabled', true);
  });

  it('runs to the end with five different stories and shows the summary', async () => {
    render(<MarathonPanel stories={sampleStories} likely={[]} seed={seed} />);
    for (let i = 0; i < 5; i++) {
      await userEvent.selectOptions(picker(), sampleStories[i]!.id);
      await userEvent.click(
        screen.getByRole('button', { name: i === 4 ? 'Finish marathon' : 'Next question' }),
      );
    }
    expect(screen.getByRole('heading', { name: 'Marathon done' })).toBeTruthy();
    expect(screen.getByText('5 different stories for 5 questions: no repeats.')).toBeTruthy();
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[1]!.textContent)).toEqual(
      sampleStories.slice(0, 5).map((s) => s.title),
    );
  });

  it('keeps a typed answer when a story is picked, and starts fresh at the next question', async () => {
    render(<MarathonPanel stories={sampleStories} likely={[]} seed={seed} />);
    const box = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Your answer' });
    const typed = 'When our checkout slowed down I traced it to a cache miss. '.repeat(17);
    await userEvent.click(box());
    await userEvent.paste(typed);
    await userEvent.selectOptions(picker(), 's1');
    expect(box().value).toBe(typed);
    await userEvent.selectOptions(picker(), 's2');
    expect(box().value).toBe(typed);
    await userEvent.click(screen.getByRole('button', { name: 'Next question' }));
    expect(box().value).toBe('');
  });

  it('shows Bar Raiser pushback drawn from the chosen story', async () => {
    render(<MarathonPanel stories={sampleStories} likely={[]} seed={seed} />);
    await userEvent.selectOptions(picker(), 's1');
    await userEvent.click(
      screen.getByRole('button', { name: 'Done answering: show Bar Raiser pushback' }),
    );
    expect(screen.getByText('Why a batch query over Redis caching?')).toBeTruthy();
    expect(screen.getByText(/Analyse, don't defend/)).toBeTruthy();
  });

  it('warns when the bank has fewer than five stories', () => {
    render(<MarathonPanel stories={sampleStories.slice(0, 3)} likely={[]} seed={seed} />);
    expect(screen.getByText(/You have 3 stories; a marathon needs/)).toBeTruthy();
  });
});
