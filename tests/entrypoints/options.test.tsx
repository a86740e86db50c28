import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '@/entrypoints/options/app';
import { LoopReadyDb, useDb } from '@/lib/db/db';
import { getProfile, saveProfile } from '@/lib/db/profile';

const profile = {
  currentRole: 'backend engineer',
  yearsExperience: 6,
  domain: 'logistics',
  targetLevel: 'L6',
  amazonProducts: [],
  reason: 'I want to work on routing at scale.',
  extra: '',
};

describe('the options page', () => {
  beforeEach(() => {
    useDb(new LoopReadyDb(`test-options-${Math.random()}`));
  });

  it('"Delete all my data" empties the form, so Save cannot write the profile back', async () => {
    await saveProfile(profile);
    render(<App />);
    const role = await screen.findByLabelText<HTMLInputElement>('Current role');
    await waitFor(() => expect(role.value).toBe('backend engineer'));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Delete all my data' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    expect(
      await screen.findByText('Everything LoopReady stored in this browser is deleted.'),
    ).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Current role').value).toBe('');
    expect(screen.getByLabelText<HTMLInputElement>('Domain').value).toBe('');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    // Whatever Save keeps now, none of the deleted profile comes back.
    await waitFor(async () => expect(await getProfile()).not.toBeUndefined());
    const after = await getProfile();
    expect([after?.currentRole, after?.domain, after?.reason].filter(Boolean)).toEqual([]);
  });
});
