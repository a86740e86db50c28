import type { PrepView } from '@/lib/prep/prep-blocks';

/** Side-panel addresses for each view a plan item links to (the shell reads `?view=`). */
export const viewLinks: Record<PrepView, { href: string; label: string }> = {
  stories: { href: '?view=stories', label: 'Open Stories' },
  practice: { href: '?view=practice&section=marathon', label: 'Open Practice' },
  plan: { href: '?view=plan', label: 'Open the round plan' },
  resume: { href: '?view=resume', label: 'Open Resume' },
};
