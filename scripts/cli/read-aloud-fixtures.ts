import type { Story } from '../../lib/stories/schema';
import { ProfileSchema, type Profile } from '../../lib/profile/schema';

/**
 * Our own stories, spoken answers and profiles for `cli read-aloud`: each one is a kind of input
 * a new user gives (a "we" story, a result in months, a filler-heavy answer, a generic reason).
 */
const base = { project: '', period: '', tags: [], createdAt: 0, updatedAt: 0 };

export const readAloudStories: Story[] = [
  {
    ...base,
    id: 'ra1',
    title: 'Nightly checkout failures',
    project: 'Checkout',
    situation:
      'Checkout failed every night during the batch run, and we lost about 200 orders a week.',
    task: 'My task was to find the cause before the holiday sale.',
    action:
      'I looked at the logs and found a lock held by the batch job. I moved the batch to a replica. We wrote a postmortem together as a team.',
    result: 'We fixed it and things were better after that.',
    lps: ['dive-deep', 'ownership'],
  },
  {
    ...base,
    id: 'ra2',
    title: 'Invoice approvals',
    project: 'Finance tools',
    situation: 'Invoices waited weeks for approval.',
    task: 'I had to get late invoices under control within a quarter.',
    action:
      'I moved the approvals into one queue. I trained the two approvers on it, and I added a daily reminder.',
    result: 'Over 18 months late invoices fell from 30 to 4 a month.',
    lps: ['deliver-results', 'frugality'],
  },
  {
    ...base,
    id: 'ra3',
    title: 'Saying no to a launch date',
    project: 'Mobile app',
    situation: 'A director wanted the app out before the security review.',
    task: 'I owned the release.',
    action:
      'I wrote a one-page memo on the risk and chose a staged rollout over a full launch. I presented it to the director.',
    result:
      'The launch moved two weeks, and the review found 3 critical issues before any customer saw them.',
    lps: ['have-backbone-disagree-and-commit', 'insist-on-the-highest-standards'],
  },
];

/** A spoken answer per story, told the way people talk, fillers and all. */
export const readAloudAnswers: Record<string, string> = {
  ra1: 'Um. So, um, checkout failed every night and we lost about 200 orders a week. My task was to find the cause. I looked at the logs, uh, and I found a lock held by the batch job. I moved the batch to a replica. Um, things were better after that.',
  ra2: 'Invoices waited weeks. I had to fix that. I moved the approvals into one queue and trained the two approvers. Late invoices fell to 4 a month.',
  ra3: 'A director wanted to launch before the security review. I wrote a memo and we agreed on a staged rollout. The review found 3 critical issues first.',
};

/** A reply to a Bar Raiser follow-up. */
export const readAloudReply =
  'I picked the replica because the batch only reads, and a second database would have doubled the cost.';

export const readAloudProfiles: { name: string; profile: Profile }[] = [
  {
    name: 'backend engineer, specific reason',
    profile: ProfileSchema.parse({
      currentRole: 'Backend engineer',
      yearsExperience: 5,
      domain: 'payments',
      targetLevel: 'L5',
      amazonProducts: [{ name: 'AWS Lambda', why: 'we run our payment webhooks on it' }],
      reason: 'I want to work on payment systems that millions of people rely on.',
    }),
  },
  {
    name: 'generic reason, product "Amazon"',
    profile: ProfileSchema.parse({
      currentRole: 'Operations supervisor',
      yearsExperience: 7,
      domain: 'warehouse operations',
      targetLevel: 'L6',
      amazonProducts: [{ name: 'Amazon', why: 'I buy everything there' }],
      reason: 'Amazon is a great company with an innovative culture.',
    }),
  },
];
