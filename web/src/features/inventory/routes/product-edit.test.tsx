import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { fail, fakeApi, ok } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';

import { ProductEditRoute } from './product-edit';
import type { Product } from '../types';

const product: Product = {
  id: 'p1',
  name: 'Desk lamp',
  description: 'A warm light for late work.',
  category: 'electronics',
  price: 2499,
  quantity: 40,
  sku: 'LAMP-1',
  createdAt: '2024-01-15T10:30:00.000Z',
  updatedAt: '2024-01-15T10:30:00.000Z',
  createdBy: 'admin-id',
  isLowStock: false,
  version: 1,
  stockVersion: 1,
};

function renderEditor() {
  return renderWithProviders(<ProductEditRoute />, { path: '/products/:productId/edit', url: '/products/p1/edit' });
}

describe('ProductEditRoute', () => {
  it('sends only the changed fields, in cents, with If-Match', async () => {
    signIn('manager');
    const server = fakeApi();
    server.get('/products/p1', ok(product, 200, { ETag: '"v1"' }));
    server.put('/products/p1', (req) => ok({ ...product, ...(req.body as object) }, 200, { ETag: '"v2"' }));
    const { user } = renderEditor();

    const price = await screen.findByLabelText('Price');
    await user.clear(price);
    await user.type(price, '19.90');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Changes saved.')).toBeInTheDocument();
    const [sent] = server.seen('PUT', '/products/p1');
    expect(sent?.body).toEqual({ price: 1990 });
    expect(sent?.headers.get('If-Match')).toBe('"v1"');
  });

  it('explains a conflict and reloads the latest version', async () => {
    signIn('manager');
    const server = fakeApi();
    server.get('/products/p1', ok(product, 200, { ETag: '"v1"' }));
    server.put('/products/p1', fail(409, 'CONFLICT', 'Product was modified'));
    const { user } = renderEditor();

    const name = await screen.findByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Desk lamp XL');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const warning = await screen.findByText('Someone else changed this product');
    server.get('/products/p1', ok({ ...product, name: 'Desk lamp Pro' }, 200, { ETag: '"v7"' }));
    await user.click(within(warning.closest('[role="status"]') as HTMLElement).getByRole('button', { name: 'Load the latest version' }));

    expect(await screen.findByDisplayValue('Desk lamp Pro')).toBeInTheDocument();
    expect(screen.queryByText('Someone else changed this product')).not.toBeInTheDocument();
  });

  it('puts the API field errors and a taken SKU on their fields', async () => {
    signIn('admin');
    const server = fakeApi();
    server.get('/products/p1', ok(product, 200, { ETag: '"v1"' }));
    server.put('/products/p1', fail(400, 'VALIDATION_ERROR', 'Invalid product', [{ field: 'description', message: 'must not contain HTML' }]));
    const { user } = renderEditor();

    const description = await screen.findByLabelText('Description');
    await user.type(description, ' <b>');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('must not contain HTML')).toBeInTheDocument();
    expect(description).toHaveAttribute('aria-invalid', 'true');

    server.put('/products/p1', fail(409, 'DUPLICATE_ENTRY', 'SKU taken'));
    const sku = screen.getByLabelText('SKU');
    await user.clear(sku);
    await user.type(sku, 'TAKEN-1');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Another product already uses this SKU')).toBeInTheDocument();
  });

  it('checks the rules before sending', async () => {
    signIn('admin');
    const server = fakeApi();
    server.get('/products/p1', ok(product, 200, { ETag: '"v1"' }));
    const { user } = renderEditor();

    const name = await screen.findByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'ab');
    const price = screen.getByLabelText('Price');
    await user.clear(price);
    await user.type(price, '0');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Use at least 3 characters')).toBeInTheDocument();
    expect(screen.getByText('Enter a price above zero, like 19.99')).toBeInTheDocument();
    expect(server.seen('PUT', '/products/p1')).toHaveLength(0);
  });

  it('deletes only after confirmation', async () => {
    signIn('admin');
    const server = fakeApi();
    server.get('/products/p1', ok(product, 200, { ETag: '"v1"' }));
    server.delete('/products/p1', ok({ message: 'Product deleted successfully', deletedId: 'p1' }));
    const { user } = renderEditor();

    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete Desk lamp?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(server.seen('DELETE', '/products/p1')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete product' }));

    expect(await screen.findByText('Navigated away')).toBeInTheDocument();
    expect(server.seen('DELETE', '/products/p1')).toHaveLength(1);
  });
});
