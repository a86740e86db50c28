import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LevelBadge } from '@/components/posting/level-badge';
import { sampleAnalysis } from './sample-analysis';

describe('LevelBadge', () => {
  it('shows the level label and every reason for it', () => {
    render(<LevelBadge level={sampleAnalysis().level} />);
    expect(screen.getByText('SDE II, L5')).toBeTruthy();
    const reasons = screen.getByRole('list', { name: 'Why this level' });
    expect(reasons.textContent).toContain('The title says “II”: L5.');
    expect(reasons.textContent).toContain('The basic qualifications ask for “3+ years”: L5.');
  });

  it('says how sure the band is and names the runner-up', () => {
    render(
      <LevelBadge level={{ ...sampleAnalysis().level, confidence: 0.8, alternative: 'L4' }} />,
    );
    expect(screen.getByText('Likely; L4 is also possible.')).toBeTruthy();
  });

  it('shows an unknown level in the muted style', () => {
    render(
      <LevelBadge
        level={{
          band: 'unknown',
          label: 'Unknown level',
          rationale: ['No years found'],
          years: null,
        }}
      />,
    );
    expect(screen.getByText('Unknown level').className).toContain('badge-unknown');
    expect(screen.getByText('No years found')).toBeTruthy();
  });
});
