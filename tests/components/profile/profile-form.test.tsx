import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ProfileForm } from '@/components/profile/profile-form';
import { ProfileSchema } from '@/lib/profile/schema';

describe('ProfileForm', () => {
  it('saves every field the user filled, products included', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    render(<ProfileForm profile={null} onSave={onSave} />);
    await userEvent.type(screen.getByLabelText('Current role'), 'product manager');
    await userEvent.type(screen.getByLabelText('Years of experience'), '8');
    await userEvent.type(screen.getByLabelText('Domain'), 'marketplaces');
    await userEvent.type(screen.getByLabelText('Target level'), 'L6');
    await userEvent.click(screen.getByRole('button', { name: 'Add a product' }));
    await userEvent.type(screen.getByLabelText('Product or service 1'), 'Seller Central');
    await userEvent.type(screen.getByLabelText('Why it matters to you'), 'I sold on it for years');
    await userEvent.type(
      screen.getByLabelText('Your reason for Amazon, in your words'),
      'Sellers.',
    );
    await userEvent.type(
      screen.getByLabelText('Anything to say in every opener'),
      'Remote is fine.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(onSave).toHaveBeenCalledWith({
      currentRole: 'product manager',
      yearsExperience: 8,
      domain: 'marketplaces',
      targetLevel: 'L6',
      amazonProducts: [{ name: 'Seller Central', why: 'I sold on it for years' }],
      reason: 'Sellers.',
      extra: 'Remote is fine.',
    });
    expect(await screen.findByText('Profile saved.')).toBeTruthy();
  });

  it('starts from the saved profile and can remove a product', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    const profile = ProfileSchema.parse({
      currentRole: 'SDE',
      amazonProducts: [{ name: 'Kindle' }],
    });
    render(<ProfileForm profile={profile} onSave={onSave} />);
    expect(screen.getByLabelText<HTMLInputElement>('Current role').value).toBe('SDE');
    await userEvent.click(screen.getByRole('button', { name: 'Remove product 1' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(onSave.mock.calls[0]![0]).toMatchObject({ amazonProducts: [], targetLevel: 'unknown' });
  });

  it('shows the field a save was rejected for', async () => {
    const onSave = vi.fn().mockImplementation((input: unknown) => {
      ProfileSchema.parse(input);
      return Promise.resolve();
    });
    render(<ProfileForm profile={null} onSave={(i) => Promise.resolve().then(() => onSave(i))} />);
    await userEvent.click(screen.getByRole('button', { name: 'Add a product' }));
    await userEvent.type(screen.getByLabelText('Why it matters to you'), 'I forgot the name');
    await userEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /Not saved: amazonProducts\[0\]\.name/,
    );
  });
});
