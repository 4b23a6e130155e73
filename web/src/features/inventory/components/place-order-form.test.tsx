import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { fail, fakeApi, ok } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';

import { PlaceOrderForm } from './place-order-form';

const product = { id: 'p1', name: 'Desk lamp', price: 2499, quantity: 5 };

describe('PlaceOrderForm', () => {
  it('shows a live total in the user locale as the quantity changes', async () => {
    fakeApi();
    const { user } = renderWithProviders(<PlaceOrderForm product={product} onSuccess={vi.fn()} />);

    expect(screen.getByText('$24.99')).toBeInTheDocument();
    const quantity = screen.getByLabelText('Quantity');
    await user.clear(quantity);
    await user.type(quantity, '3');

    expect(screen.getByText('$74.97')).toBeInTheDocument();
  });

  it('keeps the quantity within stock before asking the server', async () => {
    const server = fakeApi();
    const { user } = renderWithProviders(<PlaceOrderForm product={product} onSuccess={vi.fn()} />);

    const quantity = screen.getByLabelText('Quantity');
    await user.clear(quantity);
    await user.type(quantity, '6');
    await user.click(screen.getByRole('button', { name: 'Place order' }));

    expect(await screen.findByText('Only 5 in stock')).toBeInTheDocument();
    expect(quantity).toHaveAttribute('aria-invalid', 'true');
    expect(server.requests).toHaveLength(0);
  });

  it('places the order with an idempotency key and hands the order on', async () => {
    signIn('user');
    const server = fakeApi();
    server.post('/orders', ok({ id: 'o1', status: 'PENDING', productId: 'p1', quantity: 2 }, 201));
    const onSuccess = vi.fn();
    const { user } = renderWithProviders(<PlaceOrderForm product={product} onSuccess={onSuccess} />);

    const quantity = screen.getByLabelText('Quantity');
    await user.clear(quantity);
    await user.type(quantity, '2');
    await user.click(screen.getByRole('button', { name: 'Place order' }));

    await vi.waitFor(() => {
      expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ id: 'o1' }));
    });
    const [sent] = server.seen('POST', '/orders');
    expect(sent?.body).toEqual({ productId: 'p1', quantity: 2 });
    expect(sent?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('shows how many are available when the server answers 409 INSUFFICIENT_STOCK', async () => {
    signIn('user');
    const server = fakeApi();
    server.post('/orders', fail(409, 'INSUFFICIENT_STOCK', 'Not enough stock', { requested: 4, available: 1 }));
    const onSuccess = vi.fn();
    const { user } = renderWithProviders(<PlaceOrderForm product={product} onSuccess={onSuccess} />);

    const quantity = screen.getByLabelText('Quantity');
    await user.clear(quantity);
    await user.type(quantity, '4');
    await user.click(screen.getByRole('button', { name: 'Place order' }));

    expect(await screen.findByText(/Only 1 is available now, you asked for 4/)).toBeInTheDocument();
    expect(quantity).toHaveValue(1);
    expect(screen.getByText('Up to 1')).toBeInTheDocument();
    expect(onSuccess).not.toHaveBeenCalled();
  });
});
