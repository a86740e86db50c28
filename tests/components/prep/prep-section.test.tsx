import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { PrepSection } from '@/components/prep/prep-section';
import { LoopReadyDb, useDb } from '@/lib/db/db';
import { saveAttempt } from '@/lib/db/practice-attempts';
import { updatePrepState } from '@/lib/db/prep';
import { sampleAnalysis } from '../posting/sample-analysis';
import { sampleAttempt } from '../../lib/db/sample-attempt';

beforeEach(() => {
  useDb(new LoopReadyDb(`test-${Math.random()}`));
});

describe('PrepSection', () => {
  it('gives practice days to the principles the saved history has never practised', async () => {
    await saveAttempt({ ...sampleAttempt, principleId: 'dive-deep' });
    await updatePrepState({ interviewDate: '2026-12-11' });
    render(
      <PrepSection
        process={sampleAnalysis().process}
        principles={['dive-deep', 'frugality']}
        today="2026-12-01"
      />,
    );
    const days = await screen.findAllByText(/you have not practised it yet/);
    expect(days.map((d) => d.textContent).join(' ')).toContain('Frugality');
    expect(days.map((d) => d.textContent).join(' ')).not.toContain('Dive Deep');
  });
});
