import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { fail, fakeApi, ok } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';

import { RegisterForm } from './register-form';

async function fillAndSubmit(user: ReturnType<typeof renderWithProviders>['user'], password = 'Passw0rd!') {
  await user.type(screen.getByLabelText('Name'), 'Ann');
  await user.type(screen.getByLabelText('Email'), 'ann@example.com');
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Create account' }));
}

describe('RegisterForm', () => {
  it('checks the password policy before sending', async () => {
    const server = fakeApi();
    const { user } = renderWithProviders(<RegisterForm onSuccess={vi.fn()} />);

    await fillAndSubmit(user, 'password1');

    expect(await screen.findByText('Add an upper-case letter')).toBeInTheDocument();
    expect(server.requests).toHaveLength(0);
  });

  it('shows every field error from the API details', async () => {
    const server = fakeApi();
    server.post(
      '/auth/register',
      fail(400, 'VALIDATION_ERROR', 'Invalid registration', [
        { field: 'email', message: 'domain does not accept mail' },
        { field: 'name', message: 'contains a forbidden word' },
      ]),
    );
    const { user } = renderWithProviders(<RegisterForm onSuccess={vi.fn()} />);

    await fillAndSubmit(user);

    expect(await screen.findByText('domain does not accept mail')).toBeInTheDocument();
    expect(screen.getByText('contains a forbidden word')).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('domain does not accept mail');
  });

  it('says when the email is taken, and hands on a new sign-up', async () => {
    const server = fakeApi();
    server.post('/auth/register', fail(409, 'DUPLICATE_ENTRY', 'Email taken'));
    const onSuccess = vi.fn();
    const { user } = renderWithProviders(<RegisterForm onSuccess={onSuccess} />);

    await fillAndSubmit(user);
    expect(await screen.findByText('An account with this email already exists')).toBeInTheDocument();

    server.post('/auth/register', ok({ userId: 'u1', email: 'ann@example.com', confirmed: false }, 201));
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await vi.waitFor(() => {
      expect(onSuccess).toHaveBeenCalledWith({ userId: 'u1', email: 'ann@example.com', confirmed: false });
    });
    expect(server.seen('POST', '/auth/register')[1]?.body).toEqual({ name: 'Ann', email: 'ann@example.com', password: 'Passw0rd!' });
  });
});
