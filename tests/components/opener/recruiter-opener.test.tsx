import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecruiterOpener } from '@/components/opener/recruiter-opener';
import { LoopReadyDb, useDb } from '@/lib/db/db';
import { saveProfile } from '@/lib/db/profile';

// The popup reads the profile from the real `loopready` database name, so tests use it too.
let db: LoopReadyDb;
beforeEach(() => {
  db = new LoopReadyDb();
  useDb(db);
});
afterEach(async () => {
  await db.delete();
});

describe('RecruiterOpener', () => {
  it('asks for a profile when none is saved', async () => {
    render(<RecruiterOpener analysis={null} />);
    expect(await screen.findByRole('button', { name: 'Add your profile' })).toBeTruthy();
  });

  it('shows the opener for the saved profile', async () => {
    await saveProfile({ currentRole: 'data analyst', yearsExperience: 2, domain: 'grocery' });
    render(<RecruiterOpener analysis={null} />);
    expect((await screen.findByLabelText('Your opener')).textContent).toContain(
      "I'm a data analyst with 2 years of experience in grocery.",
    );
  });
});
