import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CollapsibleSection } from '@/components/common/collapsible-section';

describe('CollapsibleSection', () => {
  it('is a region named by its heading that starts closed and opens on a click', async () => {
    render(
      <CollapsibleSection title="Interview process">
        <p>Inside</p>
      </CollapsibleSection>,
    );
    const region = screen.getByRole('region', { name: 'Interview process' });
    const details = region.querySelector('details')!;
    expect(details.open).toBe(false);
    await userEvent.click(screen.getByRole('heading', { name: 'Interview process' }));
    expect(details.open).toBe(true);
  });
});
