import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { fail, fakeApi, ok, page } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';

import { ProductsRoute } from './products';
import type { ProductSummary } from '../types';

const product = (over: Partial<ProductSummary>): ProductSummary => ({
  id: 'p1',
  name: 'Desk lamp',
  category: 'electronics',
  price: 2499,
  quantity: 40,
  sku: 'LAMP-1',
  isLowStock: false,
  createdAt: '2024-01-15T10:30:00.000Z',
  ...over,
});

describe('ProductsRoute', () => {
  it('shows price from cents, stock and a low-stock badge', async () => {
    signIn('user');
    const server = fakeApi();
    server.get('/products', ok(page([product({}), product({ id: 'p2', name: 'Wool socks', category: 'clothing', price: 1050, quantity: 3, isLowStock: true })])));
    renderWithProviders(<ProductsRoute />, { path: '/products', url: '/products' });

    const cards = await screen.findAllByRole('listitem');
    expect(within(cards[0] as HTMLElement).getByText('$24.99')).toBeInTheDocument();
    expect(within(cards[0] as HTMLElement).getByText('In stock')).toBeInTheDocument();
    expect(within(cards[1] as HTMLElement).getByText('Low stock')).toBeInTheDocument();
    expect(within(cards[1] as HTMLElement).getByText('3 in stock')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New product' })).not.toBeInTheDocument();
  });

  it('filters by category and searches by name once typing pauses', async () => {
    signIn('manager');
    const server = fakeApi();
    server.get('/products', (req) => ok(page(req.query.get('search') === 'lamp' ? [product({})] : [product({ id: 'p3', name: 'Apples', category: 'food' })])));
    const { user } = renderWithProviders(<ProductsRoute />, { path: '/products', url: '/products' });
    await screen.findByText('Apples');
    expect(screen.getByRole('link', { name: 'New product' })).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Category'), 'electronics');
    await user.type(screen.getByLabelText('Search by name'), 'lamp');

    expect(await screen.findByText('Desk lamp')).toBeInTheDocument();
    const searches = server.seen('GET', '/products').map((r) => r.query.get('search'));
    // Debounced: no request per keystroke.
    expect(searches).not.toContain('l');
    expect(searches).not.toContain('la');
    expect(server.seen('GET', '/products').at(-1)?.query.get('category')).toBe('electronics');
  });

  it('pages forward with nextToken and back again', async () => {
    signIn('user');
    const server = fakeApi();
    server.get('/products', (req) => (req.query.get('nextToken') === 'n2' ? ok(page([product({ id: 'p9', name: 'Page two lamp' })])) : ok(page([product({})], 'n2'))));
    const { user } = renderWithProviders(<ProductsRoute />, { path: '/products', url: '/products' });

    await screen.findByText('Desk lamp');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Page two lamp')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(await screen.findByText('Desk lamp')).toBeInTheDocument();
    expect(screen.getByText('Page 1')).toBeInTheDocument();
  });

  it('has empty and error states', async () => {
    signIn('user');
    const server = fakeApi();
    server.get('/products', ok(page([])));
    const first = renderWithProviders(<ProductsRoute />, { path: '/products', url: '/products' });
    expect(await screen.findByText('No products yet')).toBeInTheDocument();
    first.unmount();

    server.get('/products', fail(500, 'INTERNAL_ERROR', 'Something broke on our side'));
    renderWithProviders(<ProductsRoute />, { path: '/products', url: '/products' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Something broke on our side');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
