import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MissingFieldsNotice } from '@/components/posting/missing-fields-notice';

describe('MissingFieldsNotice', () => {
  it.each([
    [['preferredQualifications'], 'Couldn’t read: preferred qualifications.'],
    [['locations', 'jobId'], 'Couldn’t read: locations, job ID.'],
    [
      ['basicQualifications', 'category', 'team'],
      'Couldn’t read: basic qualifications, job category, team.',
    ],
  ] as const)('names %j in words', (missing, expected) => {
    render(<MissingFieldsNotice missing={missing} />);
    expect(screen.getByRole('status').textContent).toContain(expected);
  });

  it('renders nothing when every field was read', () => {
    const { container } = render(<MissingFieldsNotice missing={[]} />);
    expect(container.textContent).toBe('');
  });
});
