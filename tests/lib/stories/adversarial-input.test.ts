import { beforeAll, describe, expect, it } from 'vitest';
import { loadNlp } from '../../../lib/nlp/engine';
import { answerFeedback } from '../../../lib/practice/answer-feedback';
import { followUps } from '../../../lib/practice/follow-up';
import { pushback } from '../../../lib/practice/pushback';
import { checkStory } from '../../../lib/stories/checks';
import { storyEvidence } from '../../../lib/stories/evidence';
import { hostileStory, hostileStoryText, longestString } from '../../fixtures/hostile-text';

// Hostile story text of 100,000 characters at the story and practice entry points. These tests
// check the answers: each returns, and no question or hint quotes the junk at length. Timing is
// the `hostile` benchmark's job (scripts/bench/hostile.ts, run by `npm test` as a hang guard).

beforeAll(() => loadNlp());

describe('story and practice text entry points on 100,000-character hostile strings', () => {
  for (const [label, text] of Object.entries(hostileStoryText)) {
    const story = hostileStory(text);
    it(`${label}: checks, questions and feedback answer without quoting the text at length`, () => {
      const checks = checkStory(story);
      expect(checks.findings.length).toBeGreaterThan(0);
      expect(longestString(checks.findings)).toBeLessThan(400);
      expect(checks.metric?.length ?? 0).toBeLessThan(400);
      expect(storyEvidence(story)).toBeDefined();
      const questions = pushback(story);
      expect(questions.length).toBeGreaterThan(0);
      expect(longestString(questions)).toBeLessThan(400);
      expect(longestString(followUps(text))).toBeLessThan(400);
      // `clauses` is the answer itself, split into its STAR parts for display; everything else
      // is LoopReady's own writing.
      const { clauses, ...feedback } = answerFeedback({ text, principleId: 'ownership' });
      expect(clauses.length).toBeGreaterThan(0);
      expect(longestString(feedback)).toBeLessThan(400);
    });
  }
});
