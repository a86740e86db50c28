import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { OpenerCard } from '@/components/opener/opener-card';
import { ProfileSchema } from '@/lib/profile/schema';
import type { PostingAnalysis } from '@/lib/analysis/schema';

const profile = ProfileSchema.parse({
  currentRole: 'site reliability engineer',
  yearsExperience: 7,
  domain: 'streaming video',
  targetLevel: 'L6',
  amazonProducts: [{ name: 'CloudFront', why: 'we serve 2 PB a month through it' }],
  reason: 'I want to run infrastructure where an outage is front-page news.',
  extra: 'I can start in March.',
});
const analysis: PostingAnalysis = {
  id: '9',
  title: 'Senior Software Development Engineer, Edge Delivery',
  role: { family: 'software-engineer', label: 'Software Development Engineer', evidence: [] },
  level: { band: 'L6', label: 'Senior, L6', rationale: [], years: 5 },
  lps: [],
  process: { before: [], loop: [], after: [], notes: [] },
  managesPeople: { manages: false, evidence: [] },
  missing: [],
};

describe('OpenerCard', () => {
  it("shows an opener naming the posting's role, with its length and a ready check", () => {
    render(<OpenerCard profile={profile} posting={{ analysis, team: 'Edge' }} onCopy={vi.fn()} />);
    const text = screen.getByLabelText('Your opener').textContent ?? '';
    expect(text).toContain(
      'the Senior Software Development Engineer role on the Edge Delivery team',
    );
    expect(text).toContain('Senior SDE-level roles');
    expect(text).toContain('CloudFront');
    expect(screen.getByText(/^\d+ words, about \d+ s spoken$/)).toBeTruthy();
    expect(screen.getByText(/Ready for the call/)).toBeTruthy();
  });

  it('switches to the short variant, which is shorter', async () => {
    render(<OpenerCard profile={profile} posting={null} onCopy={vi.fn()} />);
    const words = () =>
      Number(/^(\d+) words/.exec(screen.getByText(/words, about/).textContent)![1]);
    const standard = words();
    await userEvent.click(screen.getByRole('button', { name: 'Short (~30 s)' }));
    expect(words()).toBeLessThan(standard);
    expect(screen.getByRole('button', { name: 'Short (~30 s)' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('copies the text and says so', async () => {
    const onCopy = vi.fn().mockResolvedValue(undefined);
    render(<OpenerCard profile={profile} posting={null} onCopy={onCopy} />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy opener' }));
    expect(onCopy).toHaveBeenCalledWith(expect.stringContaining('site reliability engineer'));
    expect(await screen.findByText('Copied.')).toBeTruthy();
  });

  it('tells the user to fix a generic reason', () => {
    render(
      <OpenerCard
        profile={{ ...profile, reason: 'It is a big brand.' }}
        posting={null}
        onCopy={vi.fn()}
      />,
    );
    expect(screen.getByText(/Your reason for Amazon is generic \("big brand"\)/)).toBeTruthy();
    expect(screen.getByText('Fix:')).toBeTruthy();
  });

  it('warns about a level that contradicts the posting', () => {
    render(
      <OpenerCard
        profile={{ ...profile, targetLevel: 'L5' }}
        posting={{ analysis }}
        onCopy={vi.fn()}
      />,
    );
    expect(screen.getByText(/This posting reads as L6/)).toBeTruthy();
  });
});
