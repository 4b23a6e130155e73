import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { fakeApi, ok, page } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';

import { OrdersTable } from './orders-table';
import type { OrderStatus, OrderSummary } from '../types';

const order = (status: OrderStatus, id = 'o1'): OrderSummary => ({
  id,
  productName: 'Desk lamp',
  quantity: 2,
  totalAmount: 4998,
  status,
  createdAt: '2024-01-15T10:30:00.000Z',
});

afterEach(() => {
  vi.useRealTimers();
});

describe('OrdersTable', () => {
  it('keeps reading a PENDING order until it is CONFIRMED, then stops', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    signIn('user');
    const server = fakeApi();
    let reads = 0;
    server.get('/orders', () => {
      reads += 1;
      return ok(page([order(reads < 2 ? 'PENDING' : 'CONFIRMED')]));
    });
    renderWithProviders(<OrdersTable />);

    expect(await screen.findByText('Pending')).toBeInTheDocument();
    await vi.advanceTimersByTimeAsync(1000);
    expect(await screen.findByText('Confirmed')).toBeInTheDocument();
    const readsWhenConfirmed = reads;
    await vi.advanceTimersByTimeAsync(5000);
    vi.useRealTimers();
    expect(reads).toBe(readsWhenConfirmed);
  });

  it('filters by status and pages with nextToken', async () => {
    signIn('user');
    const server = fakeApi();
    server.get('/orders', (req) =>
      req.query.get('nextToken') === 'n2' ? ok(page([order('CANCELLED', 'o9')])) : ok(page([order('CONFIRMED')], 'n2')),
    );
    const { user } = renderWithProviders(<OrdersTable status="CONFIRMED" />);

    await screen.findByText('Confirmed');
    expect(server.seen('GET', '/orders')[0]?.query.get('status')).toBe('CONFIRMED');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    expect(await screen.findByText('Cancelled')).toBeInTheDocument();
    expect(screen.getByText('Page 2')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
  });

  it('cancels an order only after confirmation', async () => {
    signIn('user');
    const server = fakeApi();
    let status: OrderStatus = 'CONFIRMED';
    server.get('/orders', () => ok(page([order(status)])));
    server.post('/orders/o1/cancel', () => {
      status = 'CANCELLED';
      return ok({ ...order('CANCELLED') });
    });
    const { user } = renderWithProviders(<OrdersTable />);

    await user.click(await screen.findByRole('button', { name: 'Cancel order for Desk lamp' }));
    const dialog = screen.getByRole('dialog', { name: 'Cancel this order?' });
    // Drawn outside the table, so its right-aligned cell passes nothing on to it.
    expect(dialog.closest('table')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Keep order' }));
    expect(server.seen('POST', '/orders/o1/cancel')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Cancel order for Desk lamp' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel order' }));

    expect(await screen.findByText('Cancelled')).toBeInTheDocument();
    expect(server.seen('POST', '/orders/o1/cancel')).toHaveLength(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows an empty state and an error state', async () => {
    signIn('user');
    const server = fakeApi();
    server.get('/orders', ok(page([])));
    const { unmount } = renderWithProviders(<OrdersTable />);
    expect(await screen.findByText('No orders yet')).toBeInTheDocument();
    unmount();

    server.get('/orders', { status: 503, body: { success: false, error: { code: 'SERVICE_UNAVAILABLE', message: 'The order table is down' } } });
    renderWithProviders(<OrdersTable />);
    expect(await screen.findByRole('alert')).toHaveTextContent('The order table is down');
  });
});
