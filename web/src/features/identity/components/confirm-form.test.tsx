import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { fail, fakeApi, ok } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';

import { ConfirmForm } from './confirm-form';

describe('ConfirmForm', () => {
  it('confirms with the emailed code and resends on request', async () => {
    const server = fakeApi();
    server.post('/auth/resend-code', ok({}));
    server.post('/auth/confirm', fail(400, 'VALIDATION_ERROR', 'Invalid code', [{ field: 'code', message: 'The code is wrong or expired' }]));
    const onSuccess = vi.fn();
    const { user } = renderWithProviders(<ConfirmForm defaultEmail="ann@example.com" onSuccess={onSuccess} />);

    expect(screen.getByRole('link', { name: 'Open the local inbox' })).toHaveAttribute('href', '/inbox?address=ann%40example.com');
    await user.click(screen.getByRole('button', { name: 'Resend the code' }));
    expect(await screen.findByText('A new code is on its way.')).toBeInTheDocument();
    expect(server.seen('POST', '/auth/resend-code')[0]?.body).toEqual({ email: 'ann@example.com' });

    await user.type(screen.getByLabelText('Confirmation code'), '123456');
    await user.click(screen.getByRole('button', { name: 'Confirm account' }));
    expect(await screen.findByText('The code is wrong or expired')).toBeInTheDocument();

    server.post('/auth/confirm', ok({}));
    await user.click(screen.getByRole('button', { name: 'Confirm account' }));
    await vi.waitFor(() => {
      expect(onSuccess).toHaveBeenCalledWith('ann@example.com');
    });
  });
});
