import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Section } from '@/components/common/section';

describe('Section', () => {
  it('is a region named by its heading', () => {
    render(<Section title="Level">content</Section>);
    const region = screen.getByRole('region', { name: 'Level' });
    expect(region.textContent).toContain('content');
    expect(screen.getByRole('heading', { level: 2, name: 'Level' })).toBeTruthy();
  });

  it('uses an h3 when nested', () => {
    render(
      <Section title="Tips" level={3}>
        x
      </Section>,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Tips' })).toBeTruthy();
  });
});
