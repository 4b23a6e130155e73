import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { fail, fakeApi, ok, page } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';

import { customer } from '../testing/customers-fixtures';
import { CustomersRoute } from './customers';

function renderCustomers(url = '/customers') {
  return renderWithProviders(<CustomersRoute />, { path: '/customers', url });
}

describe('CustomersRoute', () => {
  it('lists customers with their details and a link to the execution that registered them', async () => {
    signIn('manager');
    const server = fakeApi();
    server.get('/customers', ok(page([customer({ name: 'Ada', email: 'ada@example.com', attributes: { tier: 'gold' }, apiKeyId: 'k1' })])));
    renderCustomers();

    const row = (await screen.findByText('cust-001')).closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('Ada');
    expect(row).toHaveTextContent('ada@example.com');
    expect(row).toHaveTextContent('tier=gold');
    expect(row).toHaveTextContent('with an API key');
    expect(within(row).getByRole('link', { name: 'Execution that registered cust-001' })).toHaveAttribute('href', '/customers/executions/exec-1');
  });

  it('searches by id prefix once typing pauses, keeping the prefix in the address', async () => {
    signIn('admin');
    const server = fakeApi();
    server.get('/customers', (req) => ok(page(req.query.get('prefix') === 'vip' ? [customer({ id: 'vip-7' })] : [customer()])));
    const { user, router } = renderCustomers();
    await screen.findByText('cust-001');

    await user.type(screen.getByLabelText('Search by id prefix'), 'vip');

    expect(await screen.findByText('vip-7')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?prefix=vip');
    const prefixes = server.seen('GET', '/customers').map((r) => r.query.get('prefix'));
    expect(prefixes).not.toContain('v');
    expect(prefixes).not.toContain('vi');
  });

  it('starts from the prefix in the address', async () => {
    signIn('admin');
    const server = fakeApi();
    server.get('/customers', ok(page([])));
    renderCustomers('/customers?prefix=Zed');

    expect(await screen.findByText('No customer id starts with “Zed”')).toBeInTheDocument();
    expect(screen.getByLabelText('Search by id prefix')).toHaveValue('Zed');
    expect(server.seen('GET', '/customers')[0]?.query.get('prefix')).toBe('Zed');
  });

  it('pages forward with nextToken and back again', async () => {
    signIn('admin');
    const server = fakeApi();
    server.get('/customers', (req) => (req.query.get('nextToken') === 'n2' ? ok(page([customer({ id: 'cust-999' })])) : ok(page([customer()], 'n2'))));
    const { user } = renderCustomers();

    await screen.findByText('cust-001');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('cust-999')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(await screen.findByText('cust-001')).toBeInTheDocument();
  });

  it('deletes a customer after confirmation, and reads the list again', async () => {
    signIn('admin');
    const server = fakeApi();
    let deleted = false;
    server.get('/customers', () => ok(page(deleted ? [] : [customer()])));
    server.delete('/customers/cust-001', () => {
      deleted = true;
      return ok({ deletedId: 'cust-001' });
    });
    const { user } = renderCustomers();

    await user.click(await screen.findByRole('button', { name: 'Delete customer cust-001' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete this customer?' });
    expect(within(dialog).getByRole('button', { name: 'Keep customer' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Delete customer' }));

    expect(await screen.findByText('No customers yet')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(server.seen('DELETE', '/customers/cust-001')).toHaveLength(1);
  });

  it('shows an error with a retry', async () => {
    signIn('admin');
    const server = fakeApi();
    server.get('/customers', fail(500, 'INTERNAL_ERROR', 'Something broke on our side'));
    renderCustomers();

    expect(await screen.findByRole('alert')).toHaveTextContent('Something broke on our side');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
