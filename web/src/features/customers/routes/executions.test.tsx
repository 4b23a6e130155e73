import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { fakeApi, ok, page } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';

import { execution } from '../testing/customers-fixtures';
import { ExecutionsRoute } from './executions';

describe('ExecutionsRoute', () => {
  it('lists executions with their customer, status and error, and filters by status in the address', async () => {
    signIn('admin');
    const server = fakeApi();
    const failed = execution({ executionId: 'exec-2', status: 'FAILED', input: { customer: { id: 'dup' } }, error: { code: 'DUPLICATE_ENTRY', cause: 'exists' } });
    server.get('/customers/executions', (req) => ok(page(req.query.get('status') === 'FAILED' ? [failed] : [failed, execution({ status: 'SUCCEEDED' })])));
    const { user, router } = renderWithProviders(<ExecutionsRoute />, { path: '/customers/executions', url: '/customers/executions' });

    const table = await screen.findByRole('table', { name: 'Registration workflow executions, newest first' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    const row = within(table).getByText('dup').closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('Failed');
    expect(row).toHaveTextContent('DUPLICATE_ENTRY');
    expect(within(row).getByRole('link', { name: 'exec-2' })).toHaveAttribute('href', '/customers/executions/exec-2');

    await user.selectOptions(screen.getByLabelText('Status'), 'FAILED');

    expect(router.state.location.search).toBe('?status=FAILED');
    await vi.waitFor(() => {
      expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2);
    });
    expect(server.seen('GET', '/customers/executions').at(-1)?.query.get('status')).toBe('FAILED');
  });

  it('says when there are none yet, and where to start one', async () => {
    signIn('admin');
    const server = fakeApi();
    server.get('/customers/executions', ok(page([])));
    renderWithProviders(<ExecutionsRoute />, { path: '/customers/executions', url: '/customers/executions' });

    expect(await screen.findByText('No executions yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add a customer' })).toHaveAttribute('href', '/customers/new');
  });
});
