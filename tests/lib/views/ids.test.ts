import { describe, expect, it } from 'vitest';
import { sidePanelViews, viewFromQuery, viewHref } from '../../../lib/views/ids';

describe('side-panel view addresses', () => {
  it('opens the view an address names, and the first view otherwise', () => {
    expect(viewFromQuery('?view=plan')).toBe('plan');
    expect(viewFromQuery('?view=practice&section=marathon')).toBe('practice');
    expect(viewFromQuery('?view=settings')).toBe(sidePanelViews[0]);
    expect(viewFromQuery('')).toBe('resume');
  });

  it('writes an address every view reads back', () => {
    for (const view of sidePanelViews) expect(viewFromQuery(viewHref(view))).toBe(view);
    expect(viewHref('practice', 'marathon')).toBe('?view=practice&section=marathon');
  });
});
