/** How much a finding matters, for every check that writes one (resume lint, opener, stories). */
export const severities = ['error', 'warning', 'info'] as const;
export type Severity = (typeof severities)[number];
