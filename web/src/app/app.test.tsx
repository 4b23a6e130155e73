import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { endSession } from '@/lib/session';
import { fail, fakeApi, fakeJwt, ok, page } from '@/testing/fake-api';
import { renderRoutes, signIn } from '@/testing/render';

import { routes } from './router';

function meFor(role: string) {
  return ok({ userId: `${role}-id`, email: `${role}@stratus.test`, name: `Test ${role}`, role, emailVerified: true, createdAt: '2024-01-15T10:30:00.000Z' });
}

describe('console routing', () => {
  it('sends a signed-out visitor to log in, and back to the page after it', async () => {
    endSession('logged-out');
    const server = fakeApi();
    server.get('/orders', ok(page([])));
    server.get('/auth/me', meFor('user'));
    server.post(
      '/auth/login',
      ok({
        idToken: fakeJwt({ sub: 'u1', email: 'ann@example.com', 'cognito:groups': ['user'] }),
        accessToken: 'a',
        refreshToken: 'r',
        expiresIn: 3600,
        tokenType: 'Bearer',
        user: { userId: 'u1', email: 'ann@example.com', name: 'Ann', role: 'user' },
      }),
    );
    const { user, router } = renderRoutes(routes, '/orders?status=PENDING');

    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?redirectTo=%2Forders%3Fstatus%3DPENDING');
    await user.type(screen.getByLabelText('Email'), 'ann@example.com');
    await user.type(screen.getByLabelText('Password'), 'Passw0rd');
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    expect(await screen.findByRole('heading', { name: 'My orders' })).toBeInTheDocument();
    expect(router.state.location.pathname + router.state.location.search).toBe('/orders?status=PENDING');
    // The heading renders before the list's query goes out: wait for the request itself.
    await waitFor(() => {
      expect(server.seen('GET', '/orders')[0]?.query.get('status')).toBe('PENDING');
    });
  });

  it('tells an unconfirmed user where to enter the code', async () => {
    endSession('logged-out');
    const server = fakeApi();
    server.post('/auth/login', fail(403, 'USER_NOT_CONFIRMED', 'Confirm your email first'));
    const { user } = renderRoutes(routes, '/login');

    await user.type(await screen.findByLabelText('Email'), 'new@example.com');
    await user.type(screen.getByLabelText('Password'), 'Passw0rd');
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    expect(await screen.findByRole('link', { name: 'Enter the code we emailed you' })).toHaveAttribute('href', '/confirm?email=new%40example.com');
  });

  it('hides admin pages from a user, in the menu and at their address', async () => {
    signIn('user');
    const server = fakeApi();
    server.get('/auth/me', meFor('user'));
    renderRoutes(routes, '/admin/users');

    expect(await screen.findByText('Your role cannot open this page')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'My orders' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Users' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Dead letters' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Low stock' })).not.toBeInTheDocument();
    expect(server.seen('GET', '/admin/users')).toHaveLength(0);
  });

  it('shows admins every page and the role in the account menu, and logs out', async () => {
    signIn('admin');
    const server = fakeApi();
    server.get('/auth/me', meFor('admin'));
    server.get('/admin/users', ok(page([{ userId: 'u2', email: 'bob@example.com', name: 'Bob', role: 'user', disabled: false }])));
    server.patch('/admin/users/u2', ok({ userId: 'u2', email: 'bob@example.com', role: 'manager' }));
    server.post('/auth/logout', ok({}));
    const { user, router } = renderRoutes(routes, '/admin/users');

    expect(await screen.findByText('bob@example.com')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    for (const name of ['Users', 'Dead letters', 'Low stock']) expect(within(nav).getByRole('link', { name })).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Role of Bob (bob@example.com)'), 'manager');
    await user.click(screen.getByRole('button', { name: 'Save role' }));
    expect(await screen.findByText('Role saved')).toBeInTheDocument();
    expect(server.seen('PATCH', '/admin/users/u2')[0]?.body).toEqual({ role: 'manager' });

    await user.click(screen.getByRole('button', { name: /Account/ }));
    expect(screen.getByText('Role:').parentElement).toHaveTextContent('Role: admin');
    await user.click(screen.getByRole('button', { name: 'Log out' }));

    expect(await screen.findByRole('link', { name: 'Create an account' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect(server.seen('POST', '/auth/logout')[0]?.body).toEqual({ refreshToken: 'refresh-admin' });
    expect(sessionStorage.getItem('stratus.refreshToken')).toBeNull();
  });

  it('groups the menu by section, and on a phone opens it with a button that closes on a link or Escape', async () => {
    signIn('manager');
    const server = fakeApi();
    server.get('/auth/me', meFor('manager'));
    server.get('/orders', ok(page([])));
    const { user, router } = renderRoutes(routes, '/inbox');

    const menu = await screen.findByRole('button', { name: 'Menu' });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveAttribute('aria-controls', nav.id);
    expect(within(within(nav).getByRole('list', { name: 'Admin' })).getAllByRole('link').map((link) => link.textContent)).toEqual(['Low stock']);

    await user.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(nav).getByRole('link', { name: 'My orders' }));
    expect(router.state.location.pathname).toBe('/orders');
    expect(menu).toHaveAttribute('aria-expanded', 'false');

    await user.click(menu);
    within(nav).getByRole('link', { name: 'Products' }).focus();
    await user.keyboard('{Escape}');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveFocus();
  });
});
