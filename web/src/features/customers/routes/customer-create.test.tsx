import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { fakeApi, fail, ok } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';

import { execution, step } from '../testing/customers-fixtures';
import { CustomerCreateRoute } from './customer-create';

function renderCreate() {
  return renderWithProviders(<CustomerCreateRoute />, { path: '/customers/new', url: '/customers/new' });
}

describe('CustomerCreateRoute', () => {
  it('checks what the server checks at the door before sending anything', async () => {
    signIn('admin');
    const server = fakeApi();
    const { user } = renderCreate();

    await user.type(screen.getByLabelText('Name (optional)'), 'x'.repeat(201));
    await user.click(screen.getByRole('button', { name: 'Add attribute' }));
    await user.type(screen.getByLabelText('Key 1'), 'tier');
    await user.click(screen.getByRole('button', { name: 'Add attribute' }));
    await user.type(screen.getByLabelText('Key 2'), 'tier');
    await user.click(screen.getByRole('button', { name: 'Add customer' }));

    expect(await screen.findByText('Enter an id')).toBeInTheDocument();
    expect(screen.getByText('At most 200 characters')).toBeInTheDocument();
    expect(screen.getByText('This key is already used')).toBeInTheDocument();
    expect(screen.getByLabelText('Customer id')).toHaveFocus();
    expect(server.requests).toHaveLength(0);
  });

  it('sends the customer with an idempotency key, then follows its execution until it succeeds', async () => {
    signIn('admin');
    const server = fakeApi();
    server.post('/customers', ok({ executionId: 'exec-1', status: 'RUNNING' }, 202));
    let finished = false;
    server.get('/customers/executions/exec-1', () => {
      return !finished
        ? ok(execution({ steps: [step('Validate', 'Task', 'RUNNING')] }))
        : ok(execution({ status: 'SUCCEEDED', steps: [step('Validate', 'Task', 'SUCCEEDED'), step('Insert', 'Task', 'SUCCEEDED')] }));
    });
    const { user } = renderCreate();

    await user.type(screen.getByLabelText('Customer id'), 'cust-001');
    await user.type(screen.getByLabelText('Email (optional)'), 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Add attribute' }));
    await user.type(screen.getByLabelText('Key 1'), 'tier');
    await user.type(screen.getByLabelText('Value 1'), 'gold');
    await user.click(screen.getByRole('button', { name: 'Add customer' }));

    const result = await screen.findByRole('region', { name: 'Registration' });
    expect(await within(result).findByText('The workflow is checking cust-001…')).toBeInTheDocument();
    finished = true;
    expect(await within(result).findByText('cust-001 is registered.', undefined, { timeout: 3000 })).toBeInTheDocument();
    expect(within(result).getByRole('list', { name: 'Steps so far' })).toHaveTextContent('Insert');
    expect(within(result).getByRole('link', { name: 'Open the execution page' })).toHaveAttribute('href', '/customers/executions/exec-1');
    const [sent] = server.seen('POST', '/customers');
    expect(sent?.body).toEqual({ id: 'cust-001', email: 'ada@example.com', attributes: { tier: 'gold' } });
    expect(sent?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends the same key again for the same body until one is accepted, then a new one', async () => {
    signIn('admin');
    const server = fakeApi();
    server.post('/customers', fail(503, 'SERVICE_UNAVAILABLE', 'Try again shortly'));
    server.get('/customers/executions/exec-1', ok(execution({ status: 'FAILED', error: { code: 'DUPLICATE_ENTRY', cause: 'exists' } })));
    const { user } = renderCreate();

    await user.type(screen.getByLabelText('Customer id'), 'cust-001');
    await user.click(screen.getByRole('button', { name: 'Add customer' }));
    expect(await screen.findByText('Try again shortly')).toBeInTheDocument();
    server.post('/customers', ok({ executionId: 'exec-1', status: 'RUNNING' }, 202));
    await user.click(screen.getByRole('button', { name: 'Add customer' }));
    expect(await screen.findByText(/was not registered/)).toHaveTextContent('cust-001 was not registered: DUPLICATE_ENTRY (exists)');
    expect(screen.getByLabelText('Customer id')).toHaveValue('');
    await user.type(screen.getByLabelText('Customer id'), 'cust-001');
    await user.click(screen.getByRole('button', { name: 'Add customer' }));

    await vi.waitFor(() => {
      expect(server.seen('POST', '/customers')).toHaveLength(3);
    });
    const keys = server.seen('POST', '/customers').map((r) => r.headers.get('Idempotency-Key'));
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[1]);
  });

  it('starts one workflow on a double click: every request of it carries the same key', async () => {
    signIn('admin');
    const server = fakeApi();
    server.post('/customers', ok({ executionId: 'exec-1', status: 'RUNNING' }, 202));
    server.get('/customers/executions/exec-1', ok(execution({ status: 'SUCCEEDED' })));
    const { user } = renderCreate();

    await user.type(screen.getByLabelText('Customer id'), 'cust-001');
    await user.dblClick(screen.getByRole('button', { name: 'Add customer' }));

    expect(await screen.findByText('cust-001 is registered.')).toBeInTheDocument();
    const keys = new Set(server.seen('POST', '/customers').map((r) => r.headers.get('Idempotency-Key')));
    expect(keys.size).toBe(1);
    expect(screen.getByLabelText('Customer id')).toHaveValue('');
  });

  it('puts the server’s field problems on the fields', async () => {
    signIn('admin');
    const server = fakeApi();
    server.post('/customers', fail(400, 'VALIDATION_ERROR', 'Invalid customer', [{ field: 'email', message: 'is too long' }]));
    const { user } = renderCreate();

    await user.type(screen.getByLabelText('Customer id'), 'cust-001');
    await user.type(screen.getByLabelText('Email (optional)'), 'a@b.c');
    await user.click(screen.getByRole('button', { name: 'Add customer' }));

    expect(await screen.findByText('is too long')).toBeInTheDocument();
    expect(screen.getByLabelText('Email (optional)')).toHaveAttribute('aria-invalid', 'true');
  });
});
