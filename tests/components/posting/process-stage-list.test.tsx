import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProcessStageList } from '@/components/posting/process-stage-list';
import { interviewProcess } from '@/lib/process/interview-process';

describe('ProcessStageList', () => {
  it('lists each stage in order with its duration and what it scores', () => {
    const { before } = interviewProcess('software-engineer', 'L5', false);
    render(<ProcessStageList stages={before} label="Before the loop" />);
    const items = within(screen.getByRole('list', { name: 'Before the loop' })).getAllByRole(
      'listitem',
    );
    expect(items.map((li) => li.querySelector('.stage-name')?.textContent)).toEqual([
      'Recruiter screen',
      'Online assessment',
      'Technical phone screen',
    ]);
    expect(items[0]!.textContent).toContain('(~30 min)');
    expect(items[1]!.textContent).toMatch(/two coding problems/i);
  });
});
