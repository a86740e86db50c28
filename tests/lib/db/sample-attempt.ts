import type { PracticeAttempt } from '../../../lib/practice/attempt-schema';

/** One practice attempt as the practice view saves it, for db and backup tests. */
export const sampleAttempt: Omit<PracticeAttempt, 'id'> = {
  principleId: 'dive-deep',
  storyId: 's1',
  question: 'Tell me about a time you found the root cause.',
  followUpOf: '',
  text: 'I traced the slow requests. Time-outs dropped from 9% to 1%.',
  figures: {
    words: 11,
    seconds: 4,
    timed: false,
    wordsPerMinute: 150,
    iShare: 1,
    resultPresent: true,
    metricPresent: true,
    fillersPerMinute: 0,
    situationShare: 0,
    actionShare: 0.4,
  },
  createdAt: 1_700_000_000_000,
};
