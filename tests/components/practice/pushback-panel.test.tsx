import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNlp } from '@/lib/nlp/engine';
import { PushbackPanel } from '@/components/practice/pushback-panel';

// These checks read the full NLP tagger (pages load it on demand).
beforeAll(() => loadNlp());

describe('PushbackPanel', () => {
  it("asks about the story's own words and shows the answer frame with its hints", () => {
    render(
      <PushbackPanel
        story={{
          title: 'Nightly batch',
          project: '',
          situation: 'We had a hard deadline for the audit.',
          task: '',
          action:
            'I moved the job to Step Functions instead of cron, and I added alarms on failures.',
          result: 'Missed runs fell to zero.',
        }}
      />,
    );
    expect(screen.getByText('Why move the job to Step Functions instead of cron?')).toBeTruthy();
    expect(
      screen.getByText('What trade-off did you accept when you added alarms on failures?'),
    ).toBeTruthy();
    expect(screen.getByText(/What data told you that missed runs fell to zero/)).toBeTruthy();
    expect(screen.getByText('The constraint at the time')).toBeTruthy();
    expect(
      screen.getByText(/Your story mentions: “We had a hard deadline for the audit.”/),
    ).toBeTruthy();
  });
});
