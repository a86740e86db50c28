import type { Story } from '@/lib/stories/schema';

/** Six small stories in our own words for the practice component tests. */
const base = {
  project: '',
  period: '',
  situation: '',
  task: '',
  tags: [],
  createdAt: 0,
  updatedAt: 0,
};
export const sampleStories: Story[] = [
  {
    ...base,
    id: 's1',
    title: 'Checkout latency',
    action: 'I profiled the service, and we chose a batch query over Redis caching.',
    result: 'p99 latency dropped from 900 ms to 240 ms.',
    lps: ['dive-deep', 'deliver-results'],
  },
  {
    ...base,
    id: 's2',
    title: 'Vendor migration',
    action: 'I rebuilt the importer.',
    result: 'Errors fell 80%.',
    lps: ['ownership'],
  },
  {
    ...base,
    id: 's3',
    title: 'Saying no to a VP',
    action: 'I wrote a one-page memo.',
    result: 'The launch moved.',
    lps: ['have-backbone-disagree-and-commit'],
  },
  {
    ...base,
    id: 's4',
    title: 'New hire ramp-up',
    action: 'I paired with her daily.',
    result: 'She shipped in week two.',
    lps: ['hire-and-develop-the-best'],
  },
  {
    ...base,
    id: 's5',
    title: 'Flaky test purge',
    action: 'I quarantined 40 tests.',
    result: 'Builds went green.',
    lps: ['insist-on-the-highest-standards'],
  },
  {
    ...base,
    id: 's6',
    title: 'Cheaper storage',
    action: 'I moved logs to cold storage.',
    result: 'Costs fell 30%.',
    lps: ['frugality'],
  },
];
