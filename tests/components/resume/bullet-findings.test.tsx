import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { BulletFindings } from '@/components/resume/bullet-findings';
import { lintBullet } from '@/lib/resume/lint-bullet';

describe('BulletFindings', () => {
  it('shows the score, each finding with its human label and suggestion, and the LPs', () => {
    const bullet = lintBullet('Helped interview customers about their pain points');
    render(
      <BulletFindings
        bullet={bullet}
        index={0}
        onEdit={() => undefined}
        onCopy={() => undefined}
      />,
    );
    expect(screen.getByLabelText('Bullet 1 score').textContent).toContain(`${bullet.score}/100`);
    expect(screen.getByText('Weak opening')).toBeTruthy();
    expect(screen.getByText('No measurable result')).toBeTruthy();
    expect(screen.queryByText('weak-opener')).toBeNull(); // rule ids stay in the CLI JSON
    expect(screen.getByText(/"Interviewed customers about their pain points"/)).toBeTruthy();
    expect(screen.getByText('Customer Obsession')).toBeTruthy();
  });

  it('says a clean bullet looks strong', () => {
    render(
      <BulletFindings
        bullet={lintBullet('Cut p99 latency by 40% for 3M users')}
        index={1}
        onEdit={() => undefined}
        onCopy={() => undefined}
      />,
    );
    expect(screen.getByText('Looks strong.')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Findings for bullet 2' })).toBeNull();
  });

  it('reports every keystroke and copies the edited text', async () => {
    const onEdit = vi.fn();
    const onCopy = vi.fn();
    render(
      <BulletFindings bullet={lintBullet('Built X')} index={0} onEdit={onEdit} onCopy={onCopy} />,
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'Bullet 1' }), ' fast');
    expect(onEdit).toHaveBeenLastCalledWith('Built X fast');
    await userEvent.click(screen.getByRole('button', { name: 'Copy bullet 1' }));
    expect(onCopy).toHaveBeenCalledWith('Built X fast');
  });
});
