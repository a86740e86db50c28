import type { PrepView } from '@/lib/prep/prep-blocks';
import { viewHref } from '@/lib/views/ids';

/** Side-panel addresses for each view a plan item links to (the shell reads `?view=`). */
export const viewLinks: Record<PrepView, { href: string; label: string }> = {
  stories: { href: viewHref('stories'), label: 'Open Stories' },
  practice: { href: viewHref('practice', 'marathon'), label: 'Open Practice' },
  plan: { href: viewHref('plan'), label: 'Open the round plan' },
  resume: { href: viewHref('resume'), label: 'Open Resume' },
};
